import { knowledgeBase, toLexicon } from '../../src/core/data';
import { createDetector } from '../../src/core/detect';
import { formatRecall, loadRecallSet, measureRecall } from './measure';

// `npm run recall [-- FILE]`: recall and wrong ids of the detector (bundled data) on the recall set.

const entries = loadRecallSet(process.argv[2]);
const detect = createDetector(toLexicon(knowledgeBase));
console.log(formatRecall(measureRecall(detect, entries), entries.length));
