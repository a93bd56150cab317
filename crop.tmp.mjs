import sharp from 'sharp';
const [file, top, h] = process.argv.slice(2);
const meta = await sharp(file).metadata();
const height = Math.min(Number(h), meta.height - Number(top));
await sharp(file).extract({ left: 0, top: Number(top), width: meta.width, height }).toFile(file.replace('.png', `-${top}.png`));
