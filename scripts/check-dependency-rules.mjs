#!/usr/bin/env node
// Enforces the dependency direction of docs/ARCHITECTURE.md: every import in a workspace package's
// source is checked against the table below. Exits 1 and lists each violation (file:line).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** Workspace package -> workspace packages it may import. Node built-ins: `node` flag. */
const rules = {
  "packages/analytics": { workspace: [], node: false, external: [] },
  "packages/domain": { workspace: ["@smartspec/analytics"], node: false, external: ["zod"] },
  "packages/storage": { workspace: ["@smartspec/domain"], node: true, external: "*" },
  "packages/services": {
    workspace: ["@smartspec/domain", "@smartspec/analytics", "@smartspec/storage", "@smartspec/data"],
    node: true,
    external: "*",
  },
  "packages/data": { workspace: ["@smartspec/domain"], node: true, external: "*" },
  "apps/server": { workspace: ["@smartspec/services", "@smartspec/domain"], node: true, external: "*" },
  "apps/web": { workspace: ["@smartspec/domain", "@smartspec/analytics"], node: false, external: "*" },
  "apps/cli": {
    workspace: ["@smartspec/services", "@smartspec/domain", "@smartspec/data"],
    node: true,
    external: "*",
  },
};

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}

const violations = [];
for (const [pkg, rule] of Object.entries(rules)) {
  const src = join(root, pkg, "src");
  try {
    statSync(src);
  } catch {
    continue;
  }
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(importPattern)) {
      const spec = match[1] ?? match[2];
      const line = text.slice(0, match.index).split("\n").length;
      const where = `${relative(root, file)}:${line}`;
      if (spec.startsWith(".")) {
        const target = join(file, "..", spec);
        // The one way out of a package: the UI shows docs/*.md as they are (the glossary page), so
        // the documentation has a single source.
        const documentation = target.startsWith(join(root, "docs")) && spec.endsWith(".md?raw");
        if (!target.startsWith(join(root, pkg)) && !documentation)
          violations.push(`${where} reaches outside ${pkg}: ${spec}`);
      } else if (spec.startsWith("node:")) {
        if (!rule.node) violations.push(`${where} imports ${spec}; ${pkg} must not use Node built-ins`);
      } else if (spec.startsWith("@smartspec/")) {
        const name = spec.split("/").slice(0, 2).join("/");
        const allowed =
          rule.workspace.includes(name) ||
          (name === "@smartspec/storage" && pkg === "apps/server" && file.endsWith("main.ts"));
        if (!allowed) violations.push(`${where} imports ${name}; ${pkg} may not depend on it`);
      } else if (rule.external !== "*") {
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
        if (!rule.external.includes(name))
          violations.push(`${where} imports ${name}; ${pkg} allows no such dependency`);
      }
    }
  }
}

if (violations.length > 0) {
  console.error(`Dependency rules: ${violations.length} violation(s)\n${violations.join("\n")}`);
  process.exit(1);
}
console.log("Dependency rules: all imports follow docs/ARCHITECTURE.md");
