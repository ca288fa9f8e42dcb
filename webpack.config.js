/**
 * Web bundles of the add-in: the task pane (taskpane.html), the ribbon command's function file
 * (commands.html), help.html, and the browser preview (preview.html: the same pane beside a workbook
 * opened from a file, ExcelJS loaded lazily in its own chunk).
 *
 *   npm run build     production bundles in dist/addin (with manifest.xml, icons and the sample);
 *                     ADDIN_ORIGIN=https://… npm run build (or --env origin=https://…) points the built
 *                     manifest's every URL there; without it the manifest keeps https://localhost:3000
 *
 * Two configurations: "addin" (the pane, the preview, help) and "commands" (the ribbon's function file,
 * compiled to ES5 for Office's older webviews, with the files copied as they are: manifest, icons, the
 * pane's ES5 fallback script). `webpack --config-name commands` builds the second alone.
 *   npm start         dev server on https://localhost:3000 for sideloading into Excel (docs/sideload.md)
 *   npm run preview   dev server on http://localhost:3000/preview.html, no certificate, no Excel
 *
 * env: office (https with ~/.office-addin-dev-certs), preview (http), outDir=… (build elsewhere), port=…,
 * origin=… (where the add-in is served, for the built manifest; ADDIN_ORIGIN too).
 * The dev server's host must be "localhost" (what the manifest names), or live reload rejects the origin.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEFAULT_PORT = 3000;
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

/** The certificate office-addin-dev-certs generated, read directly (its own helper throws when it cannot trust the CA). */
function devCertificate() {
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const options = {};
  for (const [name, file] of Object.entries(files)) {
    const full = path.join(CERT_DIR, file);
    if (!fs.existsSync(full)) return null;
    options[name] = fs.readFileSync(full);
  }
  return options;
}

/**
 * ExcelJS ships minified (dist/exceljs.min.js); minifying its 900 KB again costs most of the build time
 * and saves nothing. Its chunk is marked minified before the minimizer runs, which then skips it.
 */
class SkipMinifiedChunks {
  constructor(names) {
    this.names = names;
  }
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("SkipMinifiedChunks", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SkipMinifiedChunks", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COUNT }, () => {
        for (const chunk of compilation.chunks) {
          if (!this.names.includes(chunk.name)) continue;
          for (const file of chunk.files) compilation.updateAsset(file, (source) => source, (info) => ({ ...info, minimized: true }));
        }
      });
    });
  }
}

/** The manifest's development origin: every URL in manifest.xml starts with it. */
const DEV_ORIGIN = "https://localhost:3000";

/** The origin the built manifest points at: https, no trailing slash (a path is kept: https://host/plan-check). */
function deployOrigin(env) {
  const given = env.origin || process.env.ADDIN_ORIGIN;
  if (!given) return null;
  const url = new URL(String(given));
  if (url.protocol !== "https:") throw new Error(`ADDIN_ORIGIN must be an https address (Office loads add-ins over https only): ${given}`);
  if (url.search || url.hash) throw new Error(`ADDIN_ORIGIN must be an origin or a folder, without ? or #: ${given}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** manifest.xml with every development URL pointing at `origin` instead. */
function manifestFor(text, origin) {
  return origin ? text.split(DEV_ORIGIN).join(origin) : text;
}

/**
 * Writes which files each named chunk group loads (`<outDir>.chunk-groups.json`, beside the output, not
 * deployed): scripts/bundle-size.js sums what the pane loads for one action, such as reading a file.
 */
class ChunkGroupsFile {
  constructor(file) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.done.tap("ChunkGroupsFile", (stats) => {
      const groups = {};
      for (const [name, group] of stats.compilation.namedChunkGroups) groups[name] = group.chunks.flatMap((chunk) => [...chunk.files]);
      fs.writeFileSync(this.file, `${JSON.stringify(groups, null, 2)}\n`);
    });
  }
}

/** TypeScript through ts-loader, with `compilerOptions` over tsconfig.json's. */
function typeScript(compilerOptions) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        configFile: path.resolve(__dirname, "tsconfig.json"),
        // Type checking is `npm run typecheck`; here only what the entries import is compiled.
        transpileOnly: true,
        // ES modules so that webpack can tree-shake and split dynamic imports (ExcelJS) into chunks.
        compilerOptions: { module: "esnext", ...compilerOptions },
      },
    },
  };
}

function page(name, template, chunks) {
  return new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, scriptLoading: "defer", inject: "body" });
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const dev = mode === "development";
  const port = Number(env.port || process.env.PORT || DEFAULT_PORT);
  const certificate = env.preview ? null : devCertificate();
  const https = !!certificate;
  const origin = `${https ? "https" : "http"}://localhost:${port}`;
  const outDir = path.resolve(__dirname, env.outDir || "dist/addin");
  const deployTo = deployOrigin(env);
  if (!dev && !env.preview && !deployTo) {
    console.warn(`\n  ! No ADDIN_ORIGIN given: the built manifest points at ${DEV_ORIGIN} (development).\n    For deployment: ADDIN_ORIGIN=https://your.host/path npm run build\n`);
  }

  const addin = {
    name: "addin",
    mode,
    context: __dirname,
    devtool: dev ? "source-map" : false, // never eval: the pages' Content-Security-Policy forbids it
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/preview.tsx",
    },
    output: {
      path: outDir,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "",
      // What the "commands" configuration writes into the same folder stays.
      clean: { keep: (file) => COMMANDS_OUTPUT.test(file) },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [typeScript({ sourceMap: dev })] },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20, enforce: true },
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new SkipMinifiedChunks(["exceljs"]),
      ...(dev ? [] : [new ChunkGroupsFile(`${outDir}.chunk-groups.json`)]),
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("preview", "./src/preview/preview.html", ["preview"]),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/taskpane/help.html", chunks: [], inject: false }),
    ],
    devServer: {
      host: "localhost",
      port,
      server: https ? { type: "https", options: certificate } : "http",
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { errors: true, warnings: false }, logging: "warn" },
      static: false,
      onListening() {
        printHowTo(origin, env, https);
      },
    },
  };

  // The ribbon's function file runs in whatever webview Office has, down to Internet Explorer 11:
  // ES5 syntax (a bundle that does not parse leaves the ribbon button spinning).
  const commands = {
    name: "commands",
    mode,
    context: __dirname,
    devtool: dev ? "source-map" : false,
    target: ["web", "es5"],
    entry: { commands: "./src/commands/commands.ts" },
    output: {
      path: outDir,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "",
      // Its own files only: the "addin" configuration cleans the rest.
      clean: { keep: (file) => !COMMANDS_OUTPUT.test(file) },
    },
    resolve: addin.resolve,
    // for…of and spreads over Map/Set need downlevelIteration to mean the same in ES5.
    module: { rules: [typeScript({ target: "es5", downlevelIteration: true, sourceMap: dev })] },
    performance: { hints: false },
    plugins: [
      // One file: the pane's lazy chunks (generated sheets, the lock) are always needed by the ribbon.
      new (require("webpack").optimize.LimitChunkCountPlugin)({ maxChunks: 1 }),
      page("commands", "./src/commands/commands.html", ["commands"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/samples", to: "samples" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString("utf8"), deployTo) },
          // Copied, never bundled (only minified): it must stay ES5 to run where the pane's bundle cannot.
          { from: "src/taskpane/oldWebview.js", to: "oldWebview.js" },
          // The ribbon command's dialog when 검증결과 cannot be written (ES5 too, like the command).
          { from: "src/commands/notice.html", to: "notice.html" },
          { from: "src/commands/notice.js", to: "notice.js" },
        ],
      }),
    ],
  };

  return [addin, commands];
};

/** Files the "commands" configuration writes (kept by the "addin" configuration's clean). */
const COMMANDS_OUTPUT = /^(commands\b.*|notice\.(html|js)|manifest\.xml|oldWebview\.js|assets[\\/].*|samples[\\/].*)$/;

function printHowTo(origin, env, https) {
  const lines = [""];
  if (env.preview) {
    lines.push(`  계획 검증 미리보기 / preview:  ${origin}/preview.html`, "  (브라우저에서 열고 [예시 계획 열기] → [계획 검증]. Open it, then 'Open sample plan' → 'Validate plan'.)");
  } else {
    lines.push(`  Task pane:  ${origin}/taskpane.html`, `  Manifest:   ${origin}/manifest.xml  (file: ${path.join(__dirname, "manifest.xml")})`);
    if (!https) {
      lines.push(
        "",
        `  ! No dev certificate in ${CERT_DIR}: serving plain http, which Excel will not load.`,
        "    Run `npx office-addin-dev-certs install` once (it asks you to trust a local CA), then `npm start` again.",
      );
    }
    lines.push(
      "",
      "  Sideload (see docs/sideload.md):",
      "   - Excel on the web: Insert → Add-ins → More Add-ins → Upload My Add-in → manifest.xml",
      "   - Excel on Windows: share a folder holding manifest.xml, add it as a Trusted Add-in Catalog",
      "     (File → Options → Trust Center → Trusted Add-in Catalogs), restart Excel, Insert → My Add-ins → SHARED FOLDER",
      "   - Excel on Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
      `   - No Excel? npm run preview → http://localhost:${origin.split(":").pop()}/preview.html`,
    );
  }
  lines.push("");
  console.log(lines.join("\n"));
}
