import { loadQueries } from './tests/search/relevance.ts';
import { withoutStopWords, applyReaderWords } from './src/search/shared/understand.ts';
import { builtReaderWords } from './tests/search/search-runner.ts';
const rw = builtReaderWords('dist');
for (const q of loadQueries('tuning')) { const w = withoutStopWords(applyReaderWords(q.query.split(/\s+/), rw)); if (w.length > 1) console.log(q.query, '→', w.join(' ')); }
