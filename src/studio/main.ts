/** The studio app: the real elements for the preview, the studio itself, its styles. */
import '../pathway/index.js';
import '../decision-aid/index.js';
import '../needs-assessment/index.js';
import { studioStyles } from './styles.js';
import './studio-app.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(studioStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
