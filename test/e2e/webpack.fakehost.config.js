/**
 * Bundles the end-to-end test's in-page Excel host (test/e2e/fakeHost.ts) into one script
 * for `page.addInitScript`. Run by the test: webpack --config test/e2e/webpack.fakehost.config.js --env outDir=<dir>
 */
const path = require('path');

module.exports = (env = {}) => ({
  mode: 'production',
  target: 'web',
  devtool: false,
  entry: { fakeHost: path.resolve(__dirname, 'fakeHost.ts') },
  output: { path: path.resolve(env.outDir || path.join(__dirname, '..', '..', 'build', 'e2e')), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: { configFile: path.resolve(__dirname, '..', '..', 'tsconfig.addin.json'), transpileOnly: true, onlyCompileBundledFiles: true },
        },
      },
    ],
  },
  optimization: { minimize: false },
  performance: { hints: false },
});
