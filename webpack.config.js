/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

/** 開発用の https 証明書（office-addin-dev-certs）。dev-server のときだけ読む。 */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (e) {
    // Linux などで CA を信頼ストアに入れられないとき（sudo がない等）は、作った証明書でそのまま配る。
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => fs.readFileSync(path.join(dir, name));
    if (!fs.existsSync(path.join(dir, "localhost.crt"))) throw e;
    console.warn(`開発用の CA 証明書を信頼ストアに入れられませんでした（${e.message}）。${dir}/ca.crt を手で信頼してください。`);
    return { ca: file("ca.crt"), key: file("localhost.key"), cert: file("localhost.crt") };
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = process.env.WEBPACK_SERVE === "true";
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false } } } }],
    },
    // office.js は CDN から読み込む。同梱しない。
    externals: { "office-js": "Office" },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-*.png", to: "assets/[name][ext]" }, { from: "manifest.xml", to: "manifest.xml" }] }),
    ],
    devServer: serving
      ? { headers: { "Access-Control-Allow-Origin": "*" }, server: { type: "https", options: await httpsOptions() }, port: 3000, static: { directory: path.join(__dirname, "dist") } }
      : undefined,
  };
};
