// The disputed claims view: each proposition one party asserts and another denies, side by side.
import { getJson, h, stanceBadge, articleLink, citeButton, downloadButtons, retrieved } from './common.js';

const ORDER = ['asserts', 'acknowledges', 'denies', 'reports without confirming'];

export async function disputedView(main) {
  const answer = await getJson('/api/claims?disputed=true');
  document.title = 'Disputed claims · kidal-kg';
  const sections = answer.claims.map((group, n) => {
    const byStance = new Map();
    for (const s of group.stances) {
      if (!byStance.has(s.stance)) byStance.set(s.stance, []);
      byStance.get(s.stance).push(s);
    }
    const stances = [...byStance.keys()].sort((a, b) => rank(a) - rank(b));
    const cite = citeButton(group.summary, () => [`Disputed: ${group.summary}`,
      ...group.stances.map((s) => `${s.claimant.label} ${s.stance}: “${s.quote}”`), retrieved(`${location.origin}/disputed#dispute-${n}`)].join('\n'));
    return h('section', { class: 'dispute', 'aria-labelledby': `dispute-${n}` },
      h('h2', { id: `dispute-${n}` }, group.summary),
      h('div', { class: 'sides' }, stances.map((stance) => h('div', { class: 'side', 'data-stance': stance },
        h('h3', {}, stanceBadge(stance)),
        h('ul', {}, byStance.get(stance).map((s) => h('li', {},
          h('strong', {}, s.claimant.label), ': ', h('q', {}, s.quote), ' ', articleLink(s.claim))))))),
      h('p', { class: 'card-actions' }, cite.button, ' ', cite.status), cite.area);
  });
  main.replaceChildren(
    h('h1', {}, 'Disputed claims'),
    h('p', { class: 'lede' }, `${answer.claims.length} propositions that one party asserts and another denies.`),
    downloadButtons('kidal-kg-disputed', () => [['proposition', 'summary', 'claim', 'claimant', 'stance', 'quote'],
      ...answer.claims.flatMap((g) => g.stances.map((s) => [g.iri, g.summary, s.claim, s.claimant.label, s.stance, s.quote]))], () => answer),
    ...(sections.length ? sections : [h('p', {}, 'No disputed propositions.')]));
}

function rank(stance) {
  const i = ORDER.indexOf(stance);
  return i < 0 ? ORDER.length : i;
}
