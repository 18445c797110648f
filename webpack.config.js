/**
 * Builds the task pane (generator-office style): `npm run build` → dist/ (production),
 * `npm run dev-server` → https://localhost:3000 with the Office dev certificates.
 *
 * The manifest is copied into dist/. With ADDIN_URL (the https address the production files
 * are served from) every localhost address in it is replaced, <AppDomain> included, and it gets
 * the production <Id> (ADDIN_ID, or PROD_ID below), so the development and production add-ins
 * can be installed side by side. A production manifest that still names localhost fails the build.
 * `--env outDir=<dir>` builds into another folder (the end-to-end test does).
 */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const urlProd = process.env.ADDIN_URL || urlDev;
/** The production add-in's <Id>; the development manifest (manifest.xml) has its own. */
const PROD_ID = '7c42872e-f1ab-4be7-8468-0072c8c151ff';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The production manifest: every https://localhost:3000 address replaced by `url` (resources)
 * or its origin (<AppDomain>), and the production <Id>. Throws on a bad url or id, and when any
 * localhost address is left.
 */
function productionManifest(xml, url, id = PROD_ID) {
  let base;
  try {
    base = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL is not an address: ${url}`);
  }
  if (base.protocol !== 'https:') throw new Error(`ADDIN_URL must be https (Office loads add-ins over HTTPS only): ${url}`);
  if (/^(localhost|127\.|\[::1\])/.test(base.hostname)) throw new Error(`ADDIN_URL must not be a local address: ${url}`);
  if (!GUID.test(id)) throw new Error(`ADDIN_ID is not a GUID: ${id}`);
  const href = base.href.endsWith('/') ? base.href : `${base.href}/`;
  const out = xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${base.origin}</AppDomain>`)
    .replaceAll(urlDev, href)
    .replaceAll(urlDev.slice(0, -1), base.origin) // an address without its path (comments)
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  const left = /https?:\/\/(localhost|127\.0\.0\.1)[^"<\s]*/.exec(out);
  if (left) throw new Error(`The production manifest still names ${left[0]}`);
  return out;
}

/** The dev certificates of office-addin-dev-certs (installs them on first use). */
async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/addin/taskpane/index.tsx',
    },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: path.resolve(__dirname, 'tsconfig.addin.json') } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/addin/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/addin/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              if (dev || !process.env.ADDIN_URL) return content;
              return productionManifest(content.toString(), urlProd, process.env.ADDIN_ID || PROD_ID);
            },
          },
        ],
      }),
    ],
    performance: {
      // Fluent UI and React make one ~0.5 MB bundle; Office caches it.
      maxAssetSize: 1_500_000,
      maxEntrypointSize: 1_500_000,
    },
    devServer: serving
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' },
        }
      : undefined,
  };
};

module.exports.productionManifest = productionManifest;
module.exports.PROD_ID = PROD_ID;
