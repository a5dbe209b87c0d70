// Renders the PNG icons in public/ from public/favicon.svg (run after changing it): favicon.png (48 × 48) and
// apple-touch-icon.png (180 × 180, square corners and no transparency: iOS rounds them itself).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const dir = path.resolve(import.meta.dirname, '../public');
const svg = readFileSync(path.join(dir, 'favicon.svg'), 'utf8');
const png = (source, size) => new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();

writeFileSync(path.join(dir, 'favicon.png'), png(svg, 48));
writeFileSync(path.join(dir, 'apple-touch-icon.png'), png(svg.replace(/ rx="12"/, ''), 180));
console.log('public/favicon.png, public/apple-touch-icon.png');
