// The dashboard: the JSON API -> an event list with search, per event a world map coloured by stance with a legend,
// the reaction table with quotes linking to their articles (evidence highlighted), and a timeline of reactions.
// Plain browser JavaScript over the globals of the vendored UMD builds (d3-geo, topojson-client): no build step.

const STANCE_COLOURS = {
  CONDEMN: '#b2182b',
  THREATEN_PUNISH: '#67001f',
  DEMAND: '#d6604d',
  REJECT_DENY: '#8c510a',
  CONCERN: '#f4a582',
  CALL_FOR_RESTRAINT: '#9970ab',
  CALL_FOR_DIALOGUE: '#4393c3',
  NEUTRAL_MONITORING: '#969696',
  SOLIDARITY_AID: '#7fbc41',
  SUPPORT: '#1b7837',
};
const STANCE_LABELS = {
  CONDEMN: 'Condemn',
  THREATEN_PUNISH: 'Threaten, punish',
  DEMAND: 'Demand',
  REJECT_DENY: 'Reject, deny',
  CONCERN: 'Concern',
  CALL_FOR_RESTRAINT: 'Call for restraint',
  CALL_FOR_DIALOGUE: 'Call for dialogue',
  NEUTRAL_MONITORING: 'Neutral, monitoring',
  SOLIDARITY_AID: 'Solidarity, aid',
  SUPPORT: 'Support',
};
const POSITION_COLOURS = {
  opposed: '#b2182b',
  mixed: '#e08214',
  neutral: '#969696',
  supportive: '#1b7837',
};
const NO_REACTION = '#dfe3e8';

const state = {
  events: [],
  query: '',
  eventId: null,
  atlas: null,
  countries: null,
  /** what the map shows: the last event drawn, colour by 'stance' or 'position', whole world or zoomed */
  map: { event: null, reactions: [], colourBy: 'stance', zoomed: false },
};

// ---- small DOM helpers: every text goes in as a text node, never as HTML ----

function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Replaces an element's children; null, undefined and false children are left out (replaceChildren would print "null"). */
function fill(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

function append(parent, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
}

async function getJson(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `${response.status} ${response.statusText}`);
  return body;
}

function showError(error) {
  const main = document.getElementById('main');
  fill(main, h('p', { class: 'error', role: 'alert' }, `Could not load: ${error.message}`));
}

function stanceBadge(stance) {
  return h(
    'span',
    { class: 'stance', style: `background:${STANCE_COLOURS[stance] ?? '#555'}`, 'data-stance': stance },
    STANCE_LABELS[stance] ?? stance,
  );
}

function dateRange(event) {
  if (!event.dateStart && !event.dateEnd) return 'undated';
  if (event.dateStart === event.dateEnd) return event.dateStart;
  return `${event.dateStart ?? '?'} – ${event.dateEnd ?? '?'}`;
}

// ---- routing: #/ (first event), #/event/ID, #/article/ID?start=S&end=E&event=ID ----

function parseRoute() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { kind: parts[0] ?? 'home', id: parts[1] ?? null, params: new URLSearchParams(query) };
}

async function route() {
  const { kind, id, params } = parseRoute();
  try {
    if (kind === 'article' && id) await showArticle(id, params);
    else if (kind === 'actor' && id) await showActor(id);
    else if (kind === 'event' && id) await showEvent(id);
    else if (state.events[0]) await showEvent(state.events[0].id);
    else showEmpty();
  } catch (error) {
    showError(error);
  }
}

function showEmpty() {
  const main = document.getElementById('main');
  fill(
    main,
    h('h1', {}, 'No events yet'),
    h(
      'p',
      {},
      'Add articles to the store with ',
      h('code', {}, 'chorus ingest <files or folders>'),
      ', then reload.',
    ),
  );
}

// ---- the event list ----

async function loadEvents() {
  const query = state.query.trim();
  const path = query ? `/api/events?limit=200&q=${encodeURIComponent(query)}` : '/api/events?limit=200';
  const page = await getJson(path);
  state.events = page.items;
  renderEventList(page.total);
}

function renderEventList(total) {
  const list = document.getElementById('event-list');
  const shown = state.events.length;
  document.getElementById('event-total').textContent = state.query.trim()
    ? `${total} event${total === 1 ? '' : 's'} match “${state.query.trim()}”`
    : `${total} event${total === 1 ? '' : 's'}${shown < total ? `, ${shown} shown` : ''}`;
  fill(
    list,
    ...state.events.map((event) =>
      h(
        'li',
        {},
        h(
          'a',
          {
            href: `#/event/${encodeURIComponent(event.id)}`,
            'aria-current': event.id === state.eventId ? 'true' : 'false',
            'data-event': event.id,
          },
          h('div', { class: 'title' }, event.summary),
          event.headline ? h('div', { class: 'headline' }, event.headline) : null,
          h(
            'div',
            { class: 'meta' },
            `${dateRange(event)} · ${event.articles} article${event.articles === 1 ? '' : 's'} · ${event.reactingActors} reacting · polarisation `,
            h(
              'span',
              { class: 'polar', title: `polarisation ${event.polarisation.toFixed(2)}` },
              h('span', { style: `width:${Math.round(event.polarisation * 100)}%` }),
            ),
          ),
        ),
      ),
    ),
  );
}

function markCurrent() {
  for (const link of document.querySelectorAll('#event-list a')) {
    link.setAttribute('aria-current', link.dataset.event === state.eventId ? 'true' : 'false');
  }
}

// ---- one event: facts, camps, map, legend, reaction table, timeline ----

async function showEvent(id) {
  const [event, reactions] = await Promise.all([
    getJson(`/api/events/${encodeURIComponent(id)}`),
    getJson(`/api/events/${encodeURIComponent(id)}/reactions`),
  ]);
  state.eventId = id;
  markCurrent();
  const names = new Map(reactions.reactions.map((r) => [r.actor, r.name]));
  for (const actor of event.actors) if (!names.has(actor.id)) names.set(actor.id, actor.name);
  const main = document.getElementById('main');
  fill(
    main,
    h('h1', { id: 'event-title' }, reactions.title),
    event.headline ? h('p', { class: 'headline' }, `First reported as “${event.headline}”`) : null,
    h(
      'div',
      { class: 'facts' },
      h('span', {}, h('b', {}, dateRange(event))),
      event.location ? h('span', {}, 'in ', h('b', {}, event.location)) : null,
      h('span', {}, `CAMEO ${event.cameo} · PLOVER ${event.plover}`),
      event.source ? h('span', {}, 'by ', h('b', {}, names.get(event.source) ?? event.source)) : null,
      event.target ? h('span', {}, 'against ', h('b', {}, names.get(event.target) ?? event.target)) : null,
      h('span', {}, `${event.articles.length} article${event.articles.length === 1 ? '' : 's'}`),
      h('span', {}, `polarisation `, h('b', { id: 'polarisation' }, event.polarisation.toFixed(2))),
    ),
    event.keywords.length > 0 ? h('p', { class: 'muted' }, `Key words: ${event.keywords.join(', ')}`) : null,
    renderCamps(event, names, new Map(reactions.reactions.map((r) => [r.actor, r.position]))),
    h('h2', {}, 'Reactions on the map'),
    h(
      'div',
      { class: 'map-wrap' },
      h(
        'div',
        { class: 'card' },
        renderMapControls(),
        h('div', { id: 'map', role: 'img', 'aria-label': 'World map coloured by the reactions' }),
      ),
      h('aside', { id: 'legend', class: 'legend card' }),
    ),
    h('h2', {}, 'Reactions by actor'),
    renderReactionTable(reactions, id),
    h('h2', {}, 'Timeline of reactions'),
    h('div', { id: 'timeline', class: 'card' }),
  );
  state.map.event = event;
  state.map.reactions = reactions.reactions;
  await renderMap();
  renderTimeline(reactions.timeline);
}

function renderMapControls() {
  const redraw = () => renderMap().catch(showError);
  return h(
    'div',
    { class: 'map-controls' },
    h('label', { for: 'colour-by' }, 'Colour by '),
    h(
      'select',
      {
        id: 'colour-by',
        onchange: (event) => {
          state.map.colourBy = event.target.value;
          redraw();
        },
      },
      h('option', { value: 'stance', selected: state.map.colourBy === 'stance' }, 'main stance'),
      h(
        'option',
        { value: 'position', selected: state.map.colourBy === 'position' },
        'position toward the event',
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'zoom',
        onclick: (event) => {
          state.map.zoomed = !state.map.zoomed;
          event.target.textContent = state.map.zoomed ? 'Whole world' : 'Zoom to reactions';
          redraw();
        },
      },
      state.map.zoomed ? 'Whole world' : 'Zoom to reactions',
    ),
  );
}

/** The colour key of a reaction on the map: its main stance, or its position toward the event. */
function colourKey(reaction) {
  return state.map.colourBy === 'position' ? reaction.position : mainStance(reaction);
}

function colourOf(key) {
  return (state.map.colourBy === 'position' ? POSITION_COLOURS[key] : STANCE_COLOURS[key]) ?? NO_REACTION;
}

/** Each camp: who took its side, then who joined it only by reacting as its members did. */
function renderCamps(event, names, positions) {
  if (event.camps.length === 0) return null;
  const list = (actors) => actors.map((a) => names.get(a) ?? a).join(', ');
  return h(
    'div',
    { class: 'camps', id: 'camps' },
    ...event.camps.map((camp) => {
      const took = (a) => camp.label === 'unaligned' || positions.get(a) === camp.label;
      const sided = camp.actors.filter(took);
      const joined = camp.actors.filter((a) => !took(a));
      return h(
        'span',
        { class: 'camp' },
        h('b', {}, `${camp.label}: `),
        list(sided),
        joined.length > 0
          ? h(
              'span',
              { class: 'muted' },
              `${sided.length > 0 ? '; ' : ''}aligned by shared stances: ${list(joined)}`,
            )
          : null,
      );
    }),
    ...event.shifts.map((shift) =>
      h(
        'span',
        { class: 'shift' },
        `${names.get(shift.actor) ?? shift.actor} shifted ${shift.from} → ${shift.to} (${shift.toDate ?? 'undated'})`,
      ),
    ),
  );
}

/** The stance an actor's reactions show most often (in most articles); ties go to the stronger stance. */
function mainStance(reaction) {
  const order = Object.keys(STANCE_COLOURS);
  return [...reaction.stances].sort(
    (a, b) => b.articles - a.articles || order.indexOf(a.stance) - order.indexOf(b.stance),
  )[0]?.stance;
}

async function loadAtlas() {
  if (!state.atlas) {
    const [atlas, countries] = await Promise.all([
      getJson('/vendor/countries-110m.json'),
      getJson('/api/countries'),
    ]);
    state.atlas = atlas;
    state.countries = countries;
  }
  return { atlas: state.atlas, countries: state.countries };
}

async function renderMap() {
  const { event, reactions } = state.map;
  const { atlas, countries } = await loadAtlas();
  const alpha3 = new Map(countries.countries.map((c) => [c.numeric, c.id]));
  const features = topojson.feature(atlas, atlas.objects.countries).features;
  const byActor = new Map(reactions.map((r) => [r.actor, r]));
  const width = 960;
  const height = 500;
  const parties = new Set([event.source, event.target].filter(Boolean));
  const idOf = (feature) => alpha3.get(feature.id) ?? countries.byName[feature.properties?.name] ?? null;
  const involved = features.filter((feature) => byActor.has(idOf(feature)) || parties.has(idOf(feature)));
  // Zoomed: the reacting and involved countries fill the frame; the rest of the world stays around them.
  const focus =
    state.map.zoomed && involved.length > 0
      ? { type: 'FeatureCollection', features: involved }
      : { type: 'Sphere' };
  const projection = d3.geoNaturalEarth1().fitExtent(
    [
      [24, 24],
      [width - 24, height - 24],
    ],
    focus,
  );
  const path = d3.geoPath(projection);
  const drawn = new Set();
  const paths = features.map((feature) => {
    const id = idOf(feature);
    const reaction = id ? byActor.get(id) : undefined;
    const stance = reaction ? mainStance(reaction) : undefined;
    if (id) drawn.add(id);
    const classes = ['country', reaction ? 'reacted' : '', id && parties.has(id) ? 'party' : ''].filter(
      Boolean,
    );
    const label = reaction
      ? `${reaction.name}: ${reaction.stances.map((s) => STANCE_LABELS[s.stance] ?? s.stance).join(', ')} (${reaction.position})`
      : (feature.properties?.name ?? id ?? '');
    return svg(
      'path',
      {
        d: path(feature),
        class: classes.join(' '),
        fill: reaction ? colourOf(colourKey(reaction)) : NO_REACTION,
        'data-actor': id ?? '',
        'data-stance': stance ?? '',
        'data-position': reaction?.position ?? '',
      },
      svg('title', {}, label),
    );
  });
  const map = document.getElementById('map');
  fill(
    map,
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' },
      svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }),
      ...paths,
    ),
  );
  renderLegend(reactions, drawn);
}

function renderLegend(reactions, drawn) {
  const used = new Map();
  for (const reaction of reactions) {
    const key = colourKey(reaction);
    if (key) used.set(key, (used.get(key) ?? 0) + 1);
  }
  const byPosition = state.map.colourBy === 'position';
  const keys = Object.keys(byPosition ? POSITION_COLOURS : STANCE_COLOURS);
  const label = (key) => (byPosition ? key[0].toUpperCase() + key.slice(1) : STANCE_LABELS[key]);
  const offMap = reactions.filter((r) => !drawn.has(r.actor));
  const legend = document.getElementById('legend');
  fill(
    legend,
    h('strong', {}, byPosition ? 'Position toward the event' : 'Main stance'),
    h(
      'ul',
      {},
      ...keys.map((key) =>
        h(
          'li',
          { class: used.has(key) ? '' : 'absent', 'data-key': key },
          h('span', { class: 'swatch', style: `background:${colourOf(key)}` }),
          `${label(key)}${used.has(key) ? ` (${used.get(key)})` : ''}`,
        ),
      ),
      h('li', {}, h('span', { class: 'swatch', style: `background:${NO_REACTION}` }), 'No reaction found'),
    ),
    offMap.length > 0 ? h('strong', {}, 'Not on the map') : null,
    offMap.length > 0
      ? h(
          'div',
          { class: 'chips', id: 'off-map' },
          ...offMap.map((r) =>
            h(
              'span',
              { class: 'chip', title: r.stances.map((s) => s.stance).join(', ') },
              h('span', {
                class: 'swatch',
                style: `background:${colourOf(colourKey(r))}`,
              }),
              r.name,
            ),
          ),
        )
      : null,
  );
}

function renderReactionTable(reactions, eventId) {
  if (reactions.byActor.length === 0)
    return h('p', { class: 'muted' }, 'No reactions to this event were found.');
  return h(
    'table',
    { class: 'reactions', id: 'reaction-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, 'Actor'),
        h('th', {}, 'Position'),
        h('th', {}, 'Stances'),
        h('th', {}, 'Their words'),
        h('th', {}, 'Sources'),
      ),
    ),
    h(
      'tbody',
      {},
      ...reactions.byActor.map((row) =>
        h(
          'tr',
          { 'data-actor': row.actor },
          h(
            'td',
            { class: 'actor' },
            h('a', { href: `#/actor/${encodeURIComponent(row.actor)}`, class: 'actor-link' }, row.name),
          ),
          h('td', { class: 'position' }, row.position),
          h('td', {}, ...row.stances.map(stanceBadge)),
          h(
            'td',
            {},
            h(
              'ul',
              {},
              ...row.quotes.map((quote) =>
                h(
                  'li',
                  {},
                  h(
                    'a',
                    {
                      class: 'evidence',
                      href: `#/article/${encodeURIComponent(quote.articleId)}?start=${quote.start}&end=${quote.end}&event=${encodeURIComponent(eventId)}`,
                      title: 'Open the article with these words highlighted',
                    },
                    `“${quote.text}”`,
                  ),
                  h('span', { class: 'speaker' }, ` — ${quote.speaker}`),
                ),
              ),
            ),
          ),
          h('td', {}, row.sources.join(', ')),
        ),
      ),
    ),
  );
}

/** Each actor's first report of each stance, placed on a date axis; undated ones are listed apart. */
function renderTimeline(entries) {
  const container = document.getElementById('timeline');
  const dated = entries.filter((e) => e.date);
  const undated = entries.filter((e) => !e.date);
  if (dated.length === 0) {
    fill(container, h('p', { class: 'muted' }, entries.length ? 'No reaction is dated.' : 'No reactions.'));
    return;
  }
  const day = (date) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;
  const days = [...new Set(dated.map((e) => e.date.slice(0, 10)))].sort();
  const first = day(days[0]);
  const span = Math.max(day(days[days.length - 1]) - first, 1);
  const width = 960;
  const left = 90;
  const right = 190;
  const x = (date) =>
    days.length === 1
      ? (left + width - right) / 2
      : left + ((day(date) - first) / span) * (width - left - right);
  const stacks = new Map();
  const rowHeight = 16;
  const marks = dated.map((entry) => {
    const key = entry.date.slice(0, 10);
    const level = stacks.get(key) ?? 0;
    stacks.set(key, level + 1);
    return { entry, key, level };
  });
  const tallest = Math.max(...stacks.values());
  const height = 40 + tallest * rowHeight;
  const axisY = height - 24;
  fill(
    container,
    svg(
      'svg',
      { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Timeline of reactions' },
      svg('line', { class: 'axis', x1: left - 10, x2: width - right + 10, y1: axisY, y2: axisY }),
      ...days.map((date) =>
        svg('text', { class: 'date', x: x(date), y: axisY + 16, 'text-anchor': 'middle' }, date),
      ),
      ...marks.map(({ entry, key, level }) =>
        svg(
          'g',
          { class: 'mark', 'data-actor': entry.actor, 'data-stance': entry.stance },
          svg('circle', {
            cx: x(key),
            cy: axisY - 10 - level * rowHeight,
            r: 5,
            fill: STANCE_COLOURS[entry.stance] ?? '#555',
          }),
          svg(
            'text',
            { x: x(key) + 9, y: axisY - 6 - level * rowHeight },
            `${entry.name}: ${STANCE_LABELS[entry.stance] ?? entry.stance}`,
          ),
          svg('title', {}, `${entry.date} ${entry.name}: ${entry.stance} (${entry.position})`),
        ),
      ),
    ),
    undated.length > 0
      ? h(
          'p',
          { class: 'muted' },
          `Undated: ${undated.map((e) => `${e.name} (${STANCE_LABELS[e.stance] ?? e.stance})`).join(', ')}`,
        )
      : null,
  );
}

// ---- one actor: its reactions over events and its alignment with other actors ----

async function showActor(id) {
  const actor = await getJson(`/api/actors/${encodeURIComponent(id)}`);
  const main = document.getElementById('main');
  fill(
    main,
    h(
      'section',
      { id: 'actor', 'data-actor': actor.id },
      state.eventId
        ? h('p', {}, h('a', { href: `#/event/${encodeURIComponent(state.eventId)}` }, '← Back to the event'))
        : null,
      h('h1', {}, actor.name),
      h(
        'div',
        { class: 'facts' },
        h('span', {}, `${actor.id} · ${actor.type}`),
        h('span', {}, `mentioned in ${actor.articles} article${actor.articles === 1 ? '' : 's'}`),
        h('span', {}, `${actor.quotes.total} quote${actor.quotes.total === 1 ? '' : 's'}`),
      ),
      h('h2', {}, 'Reactions by event'),
      actor.reactions.length === 0
        ? h('p', { class: 'muted' }, 'No reaction to any stored event.')
        : h(
            'table',
            { class: 'reactions', id: 'actor-reactions' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, 'Event'),
                h('th', {}, 'Dates'),
                h('th', {}, 'Position'),
                h('th', {}, 'Stances'),
              ),
            ),
            h(
              'tbody',
              {},
              ...actor.reactions.map((r) =>
                h(
                  'tr',
                  {},
                  h('td', {}, h('a', { href: `#/event/${encodeURIComponent(r.event.id)}` }, r.event.summary)),
                  h('td', {}, dateRange(r.event)),
                  h('td', { class: 'position' }, r.position),
                  h('td', {}, ...r.stances.map((st) => stanceBadge(st.stance))),
                ),
              ),
            ),
          ),
      h('h2', {}, 'Alignment with other actors'),
      h(
        'p',
        { class: 'muted' },
        'Over the events where both took a side: how often they took the same one (docs/analysis.md §6).',
      ),
      actor.alignment.length === 0
        ? h('p', { class: 'muted' }, 'No other actor took a side on the same events.')
        : h(
            'table',
            { class: 'reactions', id: 'alignment' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, 'Actor'),
                h('th', {}, 'Same side'),
                h('th', {}, 'Events shared'),
                h('th', {}, 'Rate'),
              ),
            ),
            h(
              'tbody',
              {},
              ...actor.alignment.map((pair) =>
                h(
                  'tr',
                  { 'data-actor': pair.actor },
                  h('td', {}, h('a', { href: `#/actor/${encodeURIComponent(pair.actor)}` }, pair.name)),
                  h('td', {}, String(pair.agreed)),
                  h('td', {}, String(pair.shared)),
                  h(
                    'td',
                    {},
                    h(
                      'span',
                      { class: 'polar', title: `agreement ${pair.rate.toFixed(2)}` },
                      h('span', { style: `width:${Math.round(pair.rate * 100)}%;background:#1b7837` }),
                    ),
                    ` ${pair.rate.toFixed(2)}`,
                  ),
                ),
              ),
            ),
          ),
      h('h2', {}, 'Quotes'),
      actor.quotes.items.length === 0
        ? h('p', { class: 'muted' }, 'No quote is attributed to this actor.')
        : h(
            'ul',
            { id: 'actor-quotes' },
            ...actor.quotes.items.map((q) =>
              h(
                'li',
                {},
                h(
                  'a',
                  {
                    class: 'evidence',
                    href: `#/article/${encodeURIComponent(q.articleId)}?start=${q.start}&end=${q.end}`,
                  },
                  `“${q.text}”`,
                ),
                h(
                  'span',
                  { class: 'speaker' },
                  ` — ${q.speaker ?? actor.name}, ${q.outlet ?? q.articleId}, ${q.date ?? 'undated'}`,
                ),
              ),
            ),
          ),
    ),
  );
}

// ---- one article, with the evidence span highlighted ----

async function showArticle(id, params) {
  const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const eventId = params.get('event') ?? state.eventId;
  const text = article.text;
  const valid =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  const body = valid
    ? [text.slice(0, start), h('mark', { id: 'evidence' }, text.slice(start, end)), text.slice(end)]
    : [text];
  const main = document.getElementById('main');
  fill(
    main,
    h(
      'article',
      { class: 'article', id: 'article', 'data-article': article.id },
      eventId
        ? h('p', {}, h('a', { href: `#/event/${encodeURIComponent(eventId)}` }, '← Back to the event'))
        : null,
      h('h1', {}, article.title ?? article.id),
      h(
        'p',
        { class: 'facts' },
        h('span', {}, article.outlet ?? 'unknown outlet'),
        h('span', {}, article.date ?? 'undated'),
        webUrl(article.url)
          ? h('a', { href: webUrl(article.url), rel: 'noopener noreferrer' }, 'original')
          : null,
        article.duplicateOf
          ? h(
              'span',
              {},
              'wire copy of ',
              h('a', { href: `#/article/${encodeURIComponent(article.duplicateOf)}` }, article.duplicateOf),
            )
          : null,
        h('span', { class: 'muted' }, article.origin),
      ),
      h('div', { class: 'text' }, ...body),
    ),
  );
  document.getElementById('evidence')?.scrollIntoView({ block: 'center' });
}

/** An article's url as a link only when it is http(s): a feed could carry "javascript:…". */
function webUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// ---- start ----

async function start() {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search');
  let timer;
  const search = () => {
    state.query = input.value;
    loadEvents().catch(showError);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  window.addEventListener('hashchange', route);
  try {
    const health = await getJson('/health');
    const counts = health.store;
    document.getElementById('store-counts').textContent =
      `${counts.articles} articles (${counts.duplicates} wire copies) · ${counts.quotes} quotes · ${counts.reactions} reactions`;
    await loadEvents();
  } catch (error) {
    showError(error);
    return;
  }
  await route();
}

start();
