// Kommunkompassen – the archive's page. Plain script, no build step, no other origin.
// Every text from the archive goes into the page as text (textContent / text nodes), never as
// markup; the search's «» markers become <mark> elements built here.
'use strict';

const main = document.getElementById('main');
const status = document.getElementById('status');
const params = new URLSearchParams(location.search);
const KIND = { narrative: 'Berättande text', strength: 'Styrka', improvement: 'Förbättringsområde' };
const EVIDENCE = { cited: 'Citeras i annan rapport', strength: 'Egen styrka', score: 'Egen poäng', narrative: 'Egen text' };
const FACETS = [['municipality', 'kommun', 'Kommun'], ['year', 'ar', 'År'], ['area', 'omrade', 'Område'], ['kind', 'typ', 'Typ av text']];
const FRAMEWORKS = ['2002', '2010', '2016', '2020', 'unknown'];
const COLOURS = ['#00509e', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#4d4d4d'];
const SVG = 'http://www.w3.org/2000/svg';

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  for (const c of children.flat()) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

const number = (x) => x === null || x === undefined ? '–' : Number(x).toLocaleString('sv-SE', { maximumFractionDigits: 1 });
const query = (o) => { const p = new URLSearchParams(); for (const [k, v] of Object.entries(o)) { if (Array.isArray(v)) v.forEach((x) => p.append(k, x)); else if (v !== null && v !== undefined && v !== '') p.set(k, v); } return '?' + p.toString(); };
const reportLink = (id, text) => el('a', { href: query({ vy: 'rapport', id }) }, text);
const profileLink = (code, text) => el('a', { href: query({ vy: 'kommun', kod: code }) }, text);
const pdfLink = (id, page) => el('a', { href: `api/reports/${encodeURIComponent(id)}/files/pdf${page ? '#page=' + page : ''}`, class: 'pdf' }, page ? `PDF, sidan ${page}` : 'PDF');

/** Text with «marked» stretches as <mark> elements. */
function marked(snippet) {
  const out = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('«');
    const close = open < 0 ? -1 : rest.indexOf('»', open + 1);
    if (open < 0 || close < 0) { out.push(rest); break; }
    if (open > 0) out.push(rest.slice(0, open));
    out.push(el('mark', {}, rest.slice(open + 1, close)));
    rest = rest.slice(close + 1);
  }
  return out;
}

class ApiError extends Error { constructor(status, detail) { super(detail); this.status = status; } }

async function api(path) {
  const response = await fetch('api/' + path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (response.ok) return response.json();
  let detail = response.statusText;
  try { detail = (await response.json()).detail || detail; } catch { /* not problem details */ }
  throw new ApiError(response.status, detail);
}

function show(...nodes) {
  main.replaceChildren(...nodes.flat().filter(Boolean));
}

function say(text) { status.textContent = text; }

function problem(error) {
  if (error instanceof ApiError && error.status === 401) return tokenForm();
  return el('p', { class: 'error', role: 'alert' }, error instanceof ApiError ? `Fel (${error.status}): ${error.message}` : `Fel: ${error.message}`);
}

/** The access token form: the token is kept in a cookie of this site only, so that links to files carry it too. */
function tokenForm() {
  const input = el('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'row' },
    el('div', {}, el('label', { for: 'token' }, 'Åtkomstnyckel'), input),
    el('button', { type: 'submit' }, 'Fortsätt'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    document.cookie = `kk_token=${encodeURIComponent(input.value)}; path=/; SameSite=Strict`;
    location.reload();
  });
  return el('section', { 'aria-labelledby': 'token-title' },
    el('h1', { id: 'token-title' }, 'Arkivet kräver en åtkomstnyckel'),
    el('p', {}, 'Ange nyckeln du fått av den som driver sidan.'), form);
}

// ---- Search -------------------------------------------------------------------------------

function searchForm(q) {
  const form = el('form', { class: 'row', role: 'search', action: './', method: 'get' },
    el('div', {}, el('label', { for: 'q' }, 'Sök i rapporterna'), el('input', { type: 'search', id: 'q', name: 'q', value: q || '', maxlength: 1000, required: true })),
    el('div', {}, el('label', { for: 'ramverk' }, 'Ramverk'),
      el('select', { id: 'ramverk', name: 'ramverk' }, el('option', { value: '' }, 'Alla'), FRAMEWORKS.map((f) => el('option', { value: f, selected: params.get('ramverk') === f }, f === 'unknown' ? 'okänt' : f)))),
    el('button', { type: 'submit' }, 'Sök'));
  // The other filters travel with a new search.
  for (const [, name] of FACETS) {
    if (params.get(name)) form.append(el('input', { type: 'hidden', name, value: params.get(name) }));
  }
  return form;
}

function searchParams(p) {
  return { q: p.get('q'), municipality: p.get('kommun'), year: p.get('ar'), area: p.get('omrade'), kind: p.get('typ'), framework: p.get('ramverk'), question: p.get('fraga'), page: p.get('sida'), pageSize: p.get('antal') };
}

function here(changes) {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) { if (v === null) p.delete(k); else p.set(k, v); }
  return '?' + p.toString();
}

function facetLabel(facet, value) {
  if (facet === 'kind') return KIND[value] || value;
  if (facet === 'area') return `Område ${value}`;
  return value;
}

async function renderSearch() {
  const q = params.get('q');
  const heading = el('h1', {}, 'Sök i rapporterna');
  if (!q) { show(heading, searchForm(''), el('p', {}, 'Skriv ett ämne, till exempel synpunktshantering, och filtrera sedan på kommun, år, område och typ av text.')); return; }
  show(heading, searchForm(q), el('p', {}, 'Söker …'));
  let result;
  try { result = await api('search' + query(searchParams(params))); } catch (e) { show(heading, searchForm(q), problem(e)); return; }
  const pages = Math.max(1, Math.ceil(result.totalHits / result.pageSize));
  const active = FACETS.filter(([, name]) => params.get(name)).concat(params.get('ramverk') ? [['framework', 'ramverk', 'Ramverk']] : []);
  const chips = active.length === 0 ? null : el('ul', { class: 'chips', 'aria-label': 'Valda filter' },
    active.map(([facet, name, label]) => el('li', {}, el('a', { class: 'button secondary', href: here({ [name]: null, sida: null }), 'aria-label': `Ta bort filtret ${label}: ${facetLabel(facet, params.get(name))}` }, `${label}: ${facetLabel(facet, params.get(name))} ✕`))));
  // On a narrow screen the filters start folded, so that the hits are not a screen's scroll away.
  const facets = el('aside', { class: 'facets', 'aria-label': 'Filter' }, el('details', { open: !matchMedia('(max-width: 48rem)').matches },
    el('summary', {}, 'Filtrera träffarna'), FACETS.map(([facet, name, label]) => {
      const values = result.facets[facet] || [];
      if (values.length === 0) return null;
      return el('fieldset', { 'data-facet': facet }, el('legend', {}, label), el('ul', {}, values.map((v) => el('li', {},
        el('a', { href: here({ [name]: v.value, sida: null }), 'aria-current': params.get(name) === v.value ? 'true' : null, 'data-value': v.value }, `${facetLabel(facet, v.value)} (${v.count})`)))));
    })));
  const hits = el('ol', { class: 'hits', start: (result.page - 1) * result.pageSize + 1 }, result.hits.map((h) => el('li', { class: 'hit' },
    el('p', { class: 'meta' }, reportLink(h.reportId, `${h.municipality} ${h.year}`), ` · område ${h.area}`,
      h.question ? ` · fråga ${h.question} (${number(h.score)}/${number(h.max)})` : ` (${number(h.score)}/${number(h.max)})`,
      ` · ${KIND[h.kind] || h.kind}`, h.page ? [' · ', pdfLink(h.reportId, h.page)] : null, h.related ? ' · relaterad text, ingen träff' : null),
    el('p', { class: 'snippet' }, marked(h.snippet)))));
  const summary = result.totalHits === 0
    ? el('p', {}, 'Inga träffar.', result.suggestions.length ? ` Ord i arkivet som liknar det du skrev: ${result.suggestions.join(', ')}.` : '')
    : el('p', { id: 'total' }, `${result.totalHits} träffar, sida ${result.page} av ${pages}.`);
  const exportQuery = (format) => 'api/search/export' + query({ format, ...searchParams(params) });
  const downloads = result.totalHits === 0 ? null : el('p', { class: 'downloads' },
    el('a', { class: 'button secondary', href: exportQuery('csv'), download: '' }, 'Ladda ner träffarna (CSV)'),
    el('a', { class: 'button secondary', href: exportQuery('xlsx'), download: '' }, 'Ladda ner träffarna (Excel)'));
  const pager = pages <= 1 ? null : el('nav', { class: 'pager', 'aria-label': 'Sidor' },
    result.page > 1 ? el('a', { href: here({ sida: result.page - 1 }), rel: 'prev' }, '← Föregående') : null,
    el('span', {}, `Sida ${result.page} av ${pages}`),
    result.page < pages ? el('a', { href: here({ sida: result.page + 1 }), rel: 'next' }, 'Nästa →') : null);
  const notes = result.notes.map((n) => el('p', { class: 'note' }, n));
  show(heading, searchForm(q), chips, el('div', { class: 'layout' }, facets, el('section', { 'aria-labelledby': 'results-title' },
    el('h2', { id: 'results-title' }, 'Träffar'), notes, summary, downloads, hits, pager)),
    el('p', {}, el('a', { href: query({ vy: 'exempel', q }) }, `Goda exempel på ${q}`)));
  say(`${result.totalHits} träffar`);
}

// ---- Good examples -------------------------------------------------------------------------

async function renderExamples() {
  const q = params.get('q') || '';
  const form = el('form', { class: 'row', action: './', method: 'get' }, el('input', { type: 'hidden', name: 'vy', value: 'exempel' }),
    el('div', {}, el('label', { for: 'q' }, 'Ämne eller delfråga (t.ex. 2.6)'), el('input', { type: 'search', id: 'q', name: 'q', value: q, maxlength: 1000, required: true })),
    el('button', { type: 'submit' }, 'Visa goda exempel'));
  const heading = el('h1', {}, 'Goda exempel');
  if (!q) { show(heading, form); return; }
  show(heading, form, el('p', {}, 'Hämtar …'));
  let answer;
  try { answer = await api('examples' + query({ q })); } catch (e) { show(heading, form, problem(e)); return; }
  const w = answer.weights;
  const why = (ex) => {
    const cited = ex.evidence.filter((e) => e.kind === 'cited').length;
    const strengths = ex.evidence.filter((e) => e.kind === 'strength').length;
    const share = ex.evidence.filter((e) => e.kind === 'score' && e.score !== null && e.max > 0).reduce((m, e) => Math.max(m, e.score / e.max), 0);
    return `Rang ${number(ex.rank)} = ${number(w.citation)} × ${cited} citat + ${number(w.strength)} × ${strengths} egna styrkor + ${number(share)} (bästa egna poäng som andel av max).`;
  };
  const list = el('ol', { class: 'examples' }, answer.examples.map((ex) => el('li', {},
    el('h2', {}, profileLink(ex.municipality.code, ex.municipality.name)),
    el('p', { class: 'meta' }, why(ex)),
    el('ul', { class: 'evidence' }, ex.evidence.map((e) => el('li', {},
      el('strong', {}, EVIDENCE[e.kind] || e.kind), ` (${e.year}${e.question ? ', fråga ' + e.question : ''}${e.score !== null ? `, ${number(e.score)}/${number(e.max)}` : ''}): `,
      el('q', {}, e.text), ' – ', reportLink(e.report, e.report)))))));
  show(heading, form,
    el('p', {}, `Ämnet tolkat som: ${answer.questions.map((k) => `${k.question} (${k.framework})`).join(', ') || 'inga delfrågor'}.`),
    answer.examples.length ? list : el('p', {}, 'Inga kommuner att lära av i arkivet för detta ämne.'));
  say(`${answer.examples.length} goda exempel`);
}

// ---- Municipalities, profiles, comparison --------------------------------------------------

async function renderMunicipalities() {
  const heading = el('h1', {}, 'Kommuner i arkivet');
  let list;
  try { list = await api('municipalities'); } catch (e) { show(heading, problem(e)); return; }
  show(heading, el('ul', { class: 'municipalities' }, list.map((m) => el('li', {}, profileLink(m.municipality.code, m.municipality.name),
    ` – ${m.evaluations.map((e) => e.year).join(', ')}`))));
}

/** The radar chart: one axis per area (lined up by meaning), one polygon per series, values as shares of the maximum. */
function radar(title, axes, series) {
  const size = 420, c = size / 2, r = 140;
  // A narrow screen shows the axes' numbers only (app.css), so the chart needs no room for names beside it.
  const narrow = matchMedia('(max-width: 40rem)').matches;
  const angle = (i) => (Math.PI * 2 * i) / axes.length - Math.PI / 2;
  const at = (i, share) => [c + Math.cos(angle(i)) * r * share, c + Math.sin(angle(i)) * r * share];
  const chart = svg('svg', { class: 'radar', viewBox: narrow ? `-20 -10 ${size + 40} ${size + 20}` : `-175 -10 ${size + 350} ${size + 20}`, role: 'img', 'aria-labelledby': 'radar-title' }, svg('title', { id: 'radar-title' }, title));
  for (const ring of [0.25, 0.5, 0.75, 1]) {
    chart.append(svg('polygon', { class: 'grid', points: axes.map((_, i) => at(i, ring).join(',')).join(' ') }));
  }
  axes.forEach((a, i) => {
    const [x, y] = at(i, 1);
    const [lx, ly] = at(i, 1.12);
    chart.append(svg('line', { class: 'axis', x1: c, y1: c, x2: x, y2: y }));
    // Numbered as the table's rows are; on a narrow screen only the number shows (larger), the table names it.
    chart.append(svg('text', { x: lx, y: ly, 'text-anchor': Math.abs(lx - c) < 5 ? 'middle' : lx > c ? 'start' : 'end', 'dominant-baseline': 'middle' },
      svg('title', {}, a.title), `${i + 1}`, svg('tspan', { class: 'name' }, ' ' + (a.title.length > 30 ? a.title.slice(0, 29) + '…' : a.title))));
  });
  series.forEach((s, n) => {
    const colour = COLOURS[n % COLOURS.length];
    chart.append(svg('polygon', { class: 'series', 'data-series': s.label, fill: colour, stroke: colour, points: axes.map((a, i) => at(i, s.values.get(a.key) ?? 0).join(',')).join(' ') }, svg('title', {}, s.label)));
  });
  const legend = el('ul', { class: 'legend' }, series.map((s, n) => el('li', {}, el('span', { class: 'swatch', style: null, 'data-colour': n }), s.label)));
  legend.querySelectorAll('.swatch').forEach((sw, n) => { sw.style.background = COLOURS[n % COLOURS.length]; });
  return el('figure', {}, chart, el('figcaption', {}, legend));
}

function evaluationSeries(profile) {
  return profile.evaluations.map((e) => {
    const values = new Map();
    for (const line of profile.areasOverTime) {
      const p = line.points.find((x) => x.year === e.year && x.framework === e.framework);
      if (p && p.score !== null && p.max > 0) values.set(line.key, p.score / p.max);
    }
    return { label: `${e.year} (ramverk ${e.framework})`, values, evaluation: e };
  });
}

function table(caption, head, rows) {
  return el('div', { class: 'table-wrap' }, el('table', {}, el('caption', {}, caption),
    el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((v, i) => i === 0 ? el('th', { scope: 'row' }, v) : el('td', { class: typeof v === 'number' ? 'num' : null }, typeof v === 'number' ? number(v) : v)))))));
}

async function renderProfile() {
  const code = params.get('kod') || '';
  let p;
  try { p = await api('municipalities/' + encodeURIComponent(code)); } catch (e) { show(el('h1', {}, 'Kommun'), problem(e)); return; }
  const m = p.municipality;
  const series = evaluationSeries(p);
  const axes = p.areasOverTime.map((l) => ({ key: l.key, title: l.title }));
  const over = table('Poäng per område över tid (andel av max, områden ordnade efter innebörd över ramverksversionerna)', ['Område', ...series.map((s) => s.label)],
    p.areasOverTime.map((l, i) => [`${i + 1} ${l.title}`, ...series.map((s) => { const pt = l.points.find((x) => x.year === s.evaluation.year && x.framework === s.evaluation.framework); return pt ? `${number(pt.score)}/${number(pt.max)}${pt.certainty === 'Uncertain' ? ' ?' : ''}` : '–'; })]));
  const findings = p.evaluations.map((e) => el('details', {}, el('summary', {}, `Styrkor och förbättringsområden ${e.year}`),
    e.areas.map((a) => el('section', {}, el('h3', {}, `Område ${a.number} ${a.title}`),
      a.strengths.length ? [el('h4', {}, 'Styrkor'), el('ul', {}, a.strengths.map((s) => el('li', {}, s)))] : null,
      a.improvements.length ? [el('h4', {}, 'Förbättringsområden'), el('ul', {}, a.improvements.map((s) => el('li', {}, s)))] : null))));
  const exportLink = (format, text) => el('a', { class: 'button secondary', href: `api/municipalities/${encodeURIComponent(m.code)}/export?format=${format}`, download: '' }, text);
  show(el('h1', {}, `${m.name} (${m.code}${m.county ? ', ' + m.county : ''})`),
    p.evaluations.length === 0 ? el('p', {}, 'Arkivet har ingen egen utvärdering av kommunen.') : null,
    table('Utvärderingar', ['År', 'Ramverk', 'Totalpoäng', 'Rapport'], p.evaluations.map((e) => [String(e.year), e.framework, `${number(e.total)}/${number(e.totalMax)}`, reportLink(e.reportId, e.reportId)])),
    el('p', { class: 'downloads' }, exportLink('csv', 'Ladda ner profilen (CSV)'), exportLink('xlsx', 'Ladda ner profilen (Excel)'),
      el('a', { class: 'button secondary', href: query({ vy: 'jamfor', kod: m.code }) }, 'Jämför med andra kommuner')),
    axes.length ? el('section', { 'aria-labelledby': 'radar-h' }, el('h2', { id: 'radar-h' }, 'Områdespoäng per utvärdering'), radar(`Spindeldiagram: ${m.name}, en polygon per utvärdering`, axes, series), over) : null,
    findings.length ? el('section', {}, el('h2', {}, 'Styrkor och förbättringsområden'), findings) : null,
    el('section', {}, el('h2', {}, 'Andra rapporter som citerar kommunen'), p.citedBy.length
      ? el('ul', {}, p.citedBy.map((c) => el('li', {}, reportLink(c.report, c.report), ` (område ${c.area}${c.question ? ', fråga ' + c.question : ''}): `, el('q', {}, c.sentence))))
      : el('p', {}, 'Ingen annan rapport i arkivet citerar kommunen.')),
    p.scoresFromOtherReports.length ? el('section', {}, el('h2', {}, 'Poäng enligt andra rapporters jämförelser'),
      el('ul', {}, p.scoresFromOtherReports.map((s) => el('li', {}, `${s.year ?? 'okänt år'}: ${number(s.total)} enligt `, reportLink(s.source, s.source))))) : null,
    p.conflicts.length ? el('section', {}, el('h2', {}, 'Motstridiga uppgifter'), el('ul', {}, p.conflicts.map((c) => el('li', {}, `${c.year}: ${c.what}`)))) : null);
  say(`${m.name}: ${p.evaluations.length} utvärderingar`);
}

async function renderCompare() {
  const chosen = params.getAll('kod');
  const heading = el('h1', {}, 'Jämför kommuner');
  let list;
  try { list = await api('municipalities'); } catch (e) { show(heading, problem(e)); return; }
  const form = el('form', { action: './', method: 'get' }, el('input', { type: 'hidden', name: 'vy', value: 'jamfor' }),
    el('fieldset', { class: 'checks' }, el('legend', {}, 'Välj två eller fler kommuner'),
      list.map((m) => el('span', {}, el('input', { type: 'checkbox', id: 'kod-' + m.municipality.code, name: 'kod', value: m.municipality.code, checked: chosen.includes(m.municipality.code) }), ' ',
        el('label', { for: 'kod-' + m.municipality.code }, m.municipality.name)))),
    el('p', {}, el('button', { type: 'submit' }, 'Jämför')));
  if (chosen.length < 2) { show(heading, form, el('p', {}, 'Välj minst två kommuner.')); return; }
  let profiles;
  try { profiles = await Promise.all(chosen.map((c) => api('municipalities/' + encodeURIComponent(c)))); } catch (e) { show(heading, form, problem(e)); return; }
  const axes = [];
  for (const p of profiles) for (const l of p.areasOverTime) if (!axes.some((a) => a.key === l.key)) axes.push({ key: l.key, title: l.title });
  const series = profiles.filter((p) => p.evaluations.length > 0).map((p) => {
    const latest = evaluationSeries(p).at(-1);
    return { label: `${p.municipality.name} ${latest.evaluation.year}`, values: latest.values };
  });
  show(heading, form, radar(`Spindeldiagram: ${series.map((s) => s.label).join(', ')}`, axes, series),
    table('Senaste utvärderingens områdespoäng som andel av max (%)', ['Område', ...series.map((s) => s.label)],
      axes.map((a, i) => [`${i + 1} ${a.title}`, ...series.map((s) => s.values.has(a.key) ? Math.round(s.values.get(a.key) * 100) : '–')])));
  say(`Jämför ${series.length} kommuner`);
}

// ---- Report --------------------------------------------------------------------------------

async function renderReport() {
  const id = params.get('id') || '';
  let r;
  try { r = await api('reports/' + encodeURIComponent(id)); } catch (e) { show(el('h1', {}, 'Rapport'), problem(e)); return; }
  const files = r.sources.map((s) => el('li', {}, el('a', { href: `api/reports/${encodeURIComponent(r.id)}/files/${encodeURIComponent(s.format)}` }, `${s.fileName} (${s.format}${s.pages ? ', ' + s.pages + ' sidor' : ''})`)));
  const hasPdf = r.sources.some((s) => s.format === 'pdf');
  const findings = r.findings.length ? table('Iakttagelser med den delfråga klassificeraren föreslår', ['Område', 'Typ', 'Text', 'Delfråga', 'Säkerhet'],
    r.findings.map((f) => [String(f.area), KIND[f.kind] || f.kind, f.text, f.predictedQuestion || '–', f.confidence === null ? '–' : `${Math.round(f.confidence * 100)} %`])) : null;
  show(el('h1', {}, `${r.municipality.name} ${r.year}`),
    el('dl', {},
      el('dt', {}, 'Rapport'), el('dd', {}, r.id),
      el('dt', {}, 'Ramverk'), el('dd', {}, r.framework),
      el('dt', {}, 'Totalpoäng'), el('dd', {}, `${number(r.total.score)} av ${number(r.total.max)}`),
      r.evaluationDates ? [el('dt', {}, 'Utvärderad'), el('dd', {}, `${r.evaluationDates.from} – ${r.evaluationDates.to}`)] : null,
      r.evaluators.length ? [el('dt', {}, 'Utvärderare'), el('dd', {}, r.evaluators.map((e) => e.organisation ? `${e.name} (${e.organisation})` : e.name).join(', '))] : null,
      el('dt', {}, 'Kommunens profil'), el('dd', {}, profileLink(r.municipality.code, r.municipality.name))),
    el('h2', {}, 'Originalfiler'), el('ul', {}, files),
    table('Områden', ['Område', 'Poäng', 'Max', 'Föregående', 'Styrkor', 'Förbättringsområden'],
      r.areas.map((a) => [`${a.number} ${a.title}`, a.score ?? '–', a.max, a.previousScore ?? '–', String(a.strengths.length), String(a.improvements.length)])),
    r.questions.length ? table('Delfrågor', ['Delfråga', 'Text', 'Poäng', 'Max'], r.questions.map((q) => [q.id, q.text, q.score ?? '–', q.max])) : null,
    findings,
    el('h2', {}, 'Varningar från inläsningen'),
    r.warnings.length ? el('ul', { class: 'warnings' }, r.warnings.map((w) => el('li', {}, el('code', {}, w.code), w.place ? ` (${w.place})` : '', `: ${w.message}`))) : el('p', {}, 'Inga varningar.'),
    el('h2', {}, 'Text'),
    el('ol', { class: 'passages' }, r.passages.map((p) => el('li', {},
      el('p', { class: 'meta' }, `Område ${p.area}${p.question ? ', fråga ' + p.question : ''}`, p.page && hasPdf ? [' · ', pdfLink(r.id, p.page)] : (p.page ? ` · sidan ${p.page}` : '')),
      el('p', {}, p.text)))));
  say(`Rapport ${r.id}`);
}

// ---- Routing -------------------------------------------------------------------------------

const views = { exempel: renderExamples, kommuner: renderMunicipalities, kommun: renderProfile, jamfor: renderCompare, rapport: renderReport };
const view = params.get('vy') || 'sok';
for (const a of document.querySelectorAll('nav a[data-nav]')) {
  if (a.dataset.nav === view || (view === 'kommun' && a.dataset.nav === 'kommuner')) a.setAttribute('aria-current', 'page');
}
(views[view] || renderSearch)().then(() => document.body.setAttribute('data-ready', view));
