// Where the docs templates are: each is an input of the parts rendered from it.
import { fileURLToPath } from 'node:url';

const TEMPLATES = fileURLToPath(new URL('../../templates/docs/', import.meta.url));

export const PAGE_TEMPLATE = `${TEMPLATES}page.hbs`;
export const INDEX_TEMPLATE = `${TEMPLATES}index.html.hbs`;
export const LOGO_FILE = `${TEMPLATES}redocly-logo.svg`;
