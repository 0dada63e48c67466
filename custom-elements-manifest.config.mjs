export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/cli/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
