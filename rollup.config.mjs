import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Lit and tslib stay external in the ESM build so an app that already has
// them loads them once; the bundle carries everything for a plain script tag.
const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, 'tslib'];

export default [
  {
    input: ['src/index.ts', 'src/define.ts'],
    output: { dir: 'dist', format: 'esm', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external,
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' })],
  },
  {
    input: 'src/define.ts',
    output: { file: 'dist/message-status-list.bundle.js', format: 'esm', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
  },
];
