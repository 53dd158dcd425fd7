// npm install's last step (postinstall): fail now, with the reason, if no Node.js the project can run on was installed.
// Plain JavaScript, because it must run on whatever Node.js npm found, even one too old for the TypeScript scripts.
// npm puts node_modules/.bin first on the PATH, so this is the project's own runtime (node-<platform>-<arch>, from
// the lockfile) wherever one exists for the platform.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 12)) process.exit(0);
console.error(
  [
    `This project needs Node.js 22.12 or later (Astro 7 does), but the Node.js that npm runs here is ${process.version}.`,
    `npm installs Node.js 22 from the lockfile for Linux (x64, arm64), macOS (x64, arm64) and Windows (x64), as the optional package node-<platform>-<arch>;`,
    `none was installed here (${process.platform}-${process.arch}): there is no package for this platform, or it is a musl system such as Alpine, or optional packages were left out (--omit=optional).`,
    'Install Node.js 22 yourself (nodejs.org or your package manager), then run npm install again.',
  ].join('\n'),
);
process.exit(1);
