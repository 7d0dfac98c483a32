// src/cli/main.ts
import { writeFile as writeFile3 } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/engine.ts
import { createHash as createHash2 } from "node:crypto";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options2 = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options2.max, EXPANSION_MAX);
  const maxLength = bound(options2.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options2.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options2.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options2.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length2 = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length2 + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length2 += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad2 = n.some(isPadded);
  const cost = pad2 ? width : 1;
  let length2 = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad2) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length2 + c.length > maxLength)
      break;
    N.push(c);
    length2 += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position2, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position2;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re2 = foldCache.get(ch);
  if (!re2) {
    re2 = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re2);
  }
  return re2;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re2, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re: re2 });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next) => items2.reduceRight((next2, it) => item(it, next2), next);
  const item = (it, next) => {
    switch (it.t) {
      case "lit":
        const re2 = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re: re2, next };
      case "any":
      case "star":
        return { t: it.t, id: id++, next };
      case "class":
        return { t: "class", id: id++, re: it.re, next };
    }
    const alts = (next2) => it.alts.map((a) => seq(a, next2));
    switch (it.type) {
      case "@":
        return split(alts(next));
      case "?":
        return split([next, ...alts(next)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found2 = this.#states.get(key);
    if (found2)
      return found2;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found2 = code < 128 ? void 0 : d.next.get(c);
    if (found2)
      return found2;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options2 = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options2;
    const { nocase = false, noext = false, normalize: n } = options2;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options2.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options2) => {
  assertValidPattern(pattern);
  if (!options2?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options2).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options2) => {
  const key = options2 ? optionsKey(options2) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options2));
  const weight2 = cacheWeight(mm);
  if (weight2 > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight2 > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight2;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options2) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options2)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options2 = {}) => orig(p, pattern, ext(def, options2));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options2 = {}) {
        super(pattern, ext(def, options2));
      }
      static defaults(options2) {
        return orig.defaults(ext(def, options2)).Minimatch;
      }
    },
    unescape: (s, options2 = {}) => orig.unescape(s, ext(def, options2)),
    escape: (s, options2 = {}) => orig.escape(s, ext(def, options2)),
    filter: (pattern, options2 = {}) => orig.filter(pattern, ext(def, options2)),
    defaults: (options2) => orig.defaults(ext(def, options2)),
    braceExpand: (pattern, options2 = {}) => orig.braceExpand(pattern, ext(def, options2)),
    match: (list, pattern, options2 = {}) => orig.match(list, pattern, ext(def, options2)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options2 = {}) => {
  assertValidPattern(pattern);
  if (options2.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options2.windowsPathsNoEscape || options2[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options2.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options2 = {}) => {
  const mm = new Minimatch(pattern, options2);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options2 = {}) {
    assertValidPattern(pattern);
    options2 = options2 || {};
    this.options = options2;
    this.maxGlobstarRecursion = options2.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options2.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options2.windowsPathsNoEscape || options2[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options2.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options2.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options2.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options2.windowsNoMagicRoot !== void 0 ? options2.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options2.optimizationLevel ?? 1) >= 2;
    const n = options2.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options2.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options2 = this.options;
    if (!options2.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options2.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next = e + 1;
      while (next < f.length && isSep(f.charCodeAt(next), sep2))
        next++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next, dot, sep2))
        return "no";
      s = next;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found2 = byStart[key];
    if (found2)
      return found2;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found2 = false;
    const marked2 = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found2 = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found2)
      return this.braceExpand();
    const set = braceExpand(marked2, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options2 = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options2;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options2 = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options2.flipNegate ? false : this.negate;
        if (can === "yes")
          return options2.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options2.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options2.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options2.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/git/blobs.ts
import { isUtf8 } from "node:buffer";

// src/errors.ts
var OpsdiffError = class extends Error {
  constructor(code, message, hint, where) {
    super(message);
    this.code = code;
    this.where = where;
    this.name = "OpsdiffError";
    this.hint = typeof hint === "string" ? hint : hint?.cli;
    this.actionHint = typeof hint === "string" ? hint : hint?.action;
  }
  code;
  where;
  /** The hint in the command line's terms. */
  hint;
  /** The hint in the Action's terms (inputs and steps). */
  actionHint;
};
var GitError = class extends OpsdiffError {
  name = "GitError";
};
var InputError = class extends OpsdiffError {
  constructor(message, hint) {
    super("bad-input", message, hint);
  }
  name = "InputError";
};

// src/git/repository.ts
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import path2 from "node:path";
var GLOBAL_ARGS = ["-c", "core.quotepath=false"];
var GIT_ENV_OVERRIDES = { GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", LANGUAGE: "" };
function spawnGit(cwd, args, signal) {
  return spawn("git", [...GLOBAL_ARGS, ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV_OVERRIDES },
    stdio: ["pipe", "pipe", "pipe"],
    windowsHide: true,
    ...signal ? { signal } : {}
  });
}
function execGit(cwd, args, input, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) return resolve2({ stdout: Buffer.alloc(0), stderr: "", exitCode: 0 });
    const child = spawnGit(cwd, args, signal);
    const stdoutChunks = [];
    const stderrChunks = [];
    child.stdout.on("data", (chunk) => stdoutChunks.push(chunk));
    child.stderr.on("data", (chunk) => stderrChunks.push(chunk));
    child.on("error", (error) => {
      if (error.name === "AbortError") resolve2({ stdout: Buffer.alloc(0), stderr: "", exitCode: 0 });
      else reject(spawnFailure(error));
    });
    child.on("close", (code, signal2) => {
      resolve2({
        stdout: Buffer.concat(stdoutChunks),
        stderr: Buffer.concat(stderrChunks).toString("utf8"),
        exitCode: code ?? (signal2 ? 128 : 1)
      });
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input ?? "");
  });
}
function spawnFailure(error) {
  if (error.code === "ENOENT") {
    return new GitError("git-failed", "git is not installed or not on PATH", "install git and make sure `git --version` works in this shell");
  }
  return new GitError("git-failed", `could not start git: ${error.message}`);
}
function firstErrorLine(stderr) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => l !== "" && !l.startsWith("hint:") && !l.startsWith("warning:"));
  return (line ?? "").replace(/^(fatal|error): /, "");
}
async function openRepository(cwd) {
  const dir = path2.resolve(cwd);
  const isDirectory = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDirectory) {
    throw new GitError("not-a-git-repo", `${dir} is not a directory`, { cli: "pass --cwd <dir> with the path of a git work tree", action: "check the working-directory input, and add actions/checkout before this step" });
  }
  const result = await execGit(dir, ["rev-parse", "--show-toplevel", "--is-shallow-repository"]);
  if (result.exitCode !== 0) {
    const reason = firstErrorLine(result.stderr);
    if (/dubious ownership/.test(reason)) {
      throw new GitError(
        "not-a-git-repo",
        `git refuses to read ${dir}: it is owned by another user`,
        `trust it with: git config --global --add safe.directory ${dir}`
      );
    }
    throw new GitError("not-a-git-repo", `${dir} is not inside a git work tree`, { cli: "run opsdiff in a clone of the repository, or pass --cwd <dir>", action: "add actions/checkout before this step, or set working-directory to the path it checks out to" });
  }
  const [root, shallow] = result.stdout.toString("utf8").split("\n");
  if (!root) {
    throw new GitError("not-a-git-repo", `${dir} is not inside a git work tree`, { cli: "run opsdiff in a clone of the repository, or pass --cwd <dir>", action: "add actions/checkout before this step, or set working-directory to the path it checks out to" });
  }
  return createRepository(path2.resolve(root), shallow === "true");
}
function createRepository(root, isShallow) {
  return {
    root,
    isShallow,
    async run(args, opts = {}) {
      const allowed = opts.allowedExitCodes ?? [0];
      const result = await execGit(root, args, opts.input, opts.signal);
      if (!allowed.includes(result.exitCode)) {
        const reason = firstErrorLine(result.stderr) || `exit code ${result.exitCode}`;
        throw new GitError("git-failed", `git ${args[0] ?? ""} failed: ${reason}`, `the command was: ${describeCommand(args)}`);
      }
      return result.stdout.toString("utf8");
    }
  };
}
function describeCommand(args) {
  const text = ["git", ...args].join(" ");
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

// src/git/blobs.ts
var BINARY_SNIFF_BYTES = 8e3;
var NEWLINE = 10;
var TREE_MODE = "40000";
var GITLINK_MODE = "160000";
var BlobStore = class _BlobStore {
  constructor(root, maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.child = spawnGit(root, ["cat-file", "--batch"]);
    this.child.stdout.on("data", (chunk) => this.onStdout(chunk));
    this.child.stderr.on("data", (chunk) => {
      this.stderrTail = (this.stderrTail + chunk.toString("utf8")).slice(-2e3);
    });
    this.child.stdin.on("error", () => {
    });
    this.child.on("error", (error) => this.fail(spawnFailure(error)));
    this.child.on("close", (code, signal) => {
      if (this.closed && this.pendingCount() === 0) return;
      const reason = firstErrorLine(this.stderrTail) || (signal ? `killed by ${signal}` : `exit code ${code ?? "unknown"}`);
      this.fail(new GitError("git-failed", `git cat-file stopped while reading file contents: ${reason}`, "rerun; if it persists, check the repository with: git fsck"));
    });
    this.setKeepAlive(false);
  }
  root;
  maxBytes;
  child;
  pending = [];
  /** Keyed by tree-ish as asked ('<rev>^{tree}') and by tree oid; promises, so concurrent walks share. */
  trees = /* @__PURE__ */ new Map();
  pendingHead = 0;
  headerParts = [];
  incoming = null;
  expectObjectTerminator = false;
  stderrTail = "";
  failure = null;
  closed = false;
  readsInFlight = 0;
  corked = false;
  static open(repo, opts = {}) {
    return new _BlobStore(repo.root, opts.maxBytes ?? 2e6);
  }
  /** Resolves to null when `path` does not exist at `rev` (or is not a file). */
  async read(rev, path5) {
    if (this.failure) throw this.failure;
    if (this.closed) throw new GitError("git-failed", "BlobStore.read() called after close()");
    this.readsInFlight++;
    try {
      return await this.lookUp(rev, path5);
    } finally {
      this.readsInFlight--;
      if (this.closed && this.readsInFlight === 0) this.child.stdin.end();
    }
  }
  /** Ends git's input once the reads already issued (which may still need trees) are done. */
  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.readsInFlight === 0) this.child.stdin.end();
  }
  async lookUp(rev, path5) {
    if (rev === "INDEX") {
      if (/[\n\r]/.test(path5)) return this.readIndexOddPath(path5);
      return toBlob(await this.request(`:0:${path5}`));
    }
    const entry = await this.findEntry(rev, path5);
    if (!entry || entry.mode === TREE_MODE || entry.mode === GITLINK_MODE) return null;
    return toBlob(await this.request(entry.oid));
  }
  request(objectName) {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve2, reject) => {
      if (this.pendingCount() === 0) this.setKeepAlive(true);
      this.pending.push({ resolve: resolve2, reject });
      this.send(`${objectName}
`);
    });
  }
  /** The tree entry at `path` in `rev`, walking (and caching) one tree per directory level. */
  async findEntry(rev, path5) {
    const names = path5.split("/");
    let tree = await this.tree(`${rev}^{tree}`);
    for (const [depth, name] of names.entries()) {
      const entry = tree?.get(name);
      if (!entry) return null;
      if (depth === names.length - 1) return entry;
      if (entry.mode !== TREE_MODE) return null;
      tree = await this.tree(entry.oid);
    }
    return null;
  }
  tree(treeish) {
    let tree = this.trees.get(treeish);
    if (!tree) {
      tree = this.request(treeish).then((object) => object?.type === "tree" && object.content ? parseTree(object.content, object.oidBytes) : null);
      this.trees.set(treeish, tree);
    }
    return tree;
  }
  /** Writes issued in the same tick go to git as one write. */
  send(line) {
    const stdin = this.child.stdin;
    if (!this.corked) {
      this.corked = true;
      stdin.cork();
      process.nextTick(() => {
        this.corked = false;
        stdin.uncork();
      });
    }
    stdin.write(line);
  }
  async readIndexOddPath(path5) {
    const result = await execGit(this.root, ["ls-files", "--stage", "-z", "--", `:(literal)${path5}`]);
    const entry = result.stdout.toString("utf8").split("\0").find((line) => line.endsWith(`	${path5}`) && / 0\t/.test(line));
    const oid = entry?.split(" ")[1];
    if (result.exitCode !== 0 || !oid) return null;
    return toBlob(await this.request(oid));
  }
  /** A single pass over each chunk: headers, then body slices, never re-scanning earlier bytes. */
  onStdout(chunk) {
    let position2 = 0;
    while (position2 < chunk.length) {
      if (this.expectObjectTerminator) {
        position2++;
        this.expectObjectTerminator = false;
        this.completeObject();
        continue;
      }
      if (this.incoming) {
        const take = Math.min(this.incoming.remaining, chunk.length - position2);
        this.incoming.parts?.push(chunk.subarray(position2, position2 + take));
        this.incoming.remaining -= take;
        position2 += take;
        if (this.incoming.remaining === 0) this.expectObjectTerminator = true;
        continue;
      }
      const newline = chunk.indexOf(NEWLINE, position2);
      if (newline < 0) {
        this.headerParts.push(chunk.subarray(position2));
        return;
      }
      const tail = chunk.subarray(position2, newline);
      const header = this.headerParts.length === 0 ? tail : Buffer.concat([...this.headerParts, tail]);
      this.headerParts = [];
      position2 = newline + 1;
      this.onHeader(header.toString("utf8"));
    }
  }
  onHeader(header) {
    const match2 = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
    if (!match2) {
      this.settleNext((request) => request.resolve(null));
      return;
    }
    const type = match2[2];
    const size = Number(match2[3]);
    const keepContent = type !== "blob" || size <= this.maxBytes;
    this.incoming = { oid: match2[1], type, size, oidBytes: match2[1].length / 2, remaining: size, parts: keepContent ? [] : null };
    if (size === 0) this.expectObjectTerminator = true;
  }
  completeObject() {
    const incoming = this.incoming;
    this.incoming = null;
    if (!incoming) return;
    const { parts } = incoming;
    const content = parts === null ? null : parts.length === 1 ? parts[0] : Buffer.concat(parts, incoming.size);
    this.settleNext((request) => request.resolve({ oid: incoming.oid, type: incoming.type, size: incoming.size, oidBytes: incoming.oidBytes, content }));
  }
  settleNext(settle) {
    const request = this.pending[this.pendingHead];
    if (!request) return;
    this.pending[this.pendingHead] = void 0;
    this.pendingHead++;
    if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending.splice(0, this.pendingHead);
      this.pendingHead = 0;
    }
    if (this.pendingCount() === 0) this.setKeepAlive(false);
    settle(request);
  }
  pendingCount() {
    return this.pending.length - this.pendingHead;
  }
  fail(error) {
    if (this.failure) return;
    this.failure = error;
    const waiting = this.pending.slice(this.pendingHead);
    this.pending.length = 0;
    this.pendingHead = 0;
    this.setKeepAlive(false);
    for (const request of waiting) request.reject(error);
  }
  setKeepAlive(keepAlive) {
    const handles = [this.child, this.child.stdin, this.child.stdout, this.child.stderr];
    for (const handle of handles) {
      if (keepAlive) handle.ref?.();
      else handle.unref?.();
    }
  }
};
function toBlob(object) {
  if (object?.type !== "blob") return null;
  if (!object.content) return { kind: "too-large", bytes: object.size };
  const { content } = object;
  if (content.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: "binary" };
  if (!isUtf8(content)) return { kind: "not-utf8" };
  const text = content.toString("utf8");
  return { kind: "text", text: text.charCodeAt(0) === 65279 ? text.slice(1) : text, oid: object.oid };
}
function parseTree(content, oidBytes) {
  const tree = /* @__PURE__ */ new Map();
  let position2 = 0;
  while (position2 < content.length) {
    const space = content.indexOf(32, position2);
    const nul = content.indexOf(0, space + 1);
    if (space < 0 || nul < 0) break;
    const mode = content.toString("latin1", position2, space);
    const name = content.toString("utf8", space + 1, nul);
    tree.set(name, { mode, oid: content.toString("hex", nul + 1, nul + 1 + oidBytes) });
    position2 = nul + 1 + oidBytes;
  }
  return tree;
}

// src/git/changes.ts
var SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
function isSourcePath(path5) {
  const lower = path5.toLowerCase();
  return SOURCE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
async function listChangedFiles(repo, revs) {
  const stdout = await repo.run(diffArgs(revs));
  return parseNameStatus(stdout).filter((file) => isSourcePath(file.path) || file.oldPath !== null && isSourcePath(file.oldPath)).sort((a, b) => compareStrings(a.path, b.path));
}
function diffArgs(revs) {
  const common = ["--name-status", "-z", "-M", "--no-ext-diff", "--ignore-submodules=all"];
  return revs.head === "INDEX" ? ["diff", "--cached", ...common, revs.base, "--"] : ["diff", ...common, revs.base, revs.head, "--"];
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const files = [];
  let index = 0;
  while (index < fields.length) {
    const status = fields[index++];
    if (!status) continue;
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const oldPath = fields[index++] ?? "";
      const newPath = fields[index++] ?? "";
      const similarity = Number.parseInt(status.slice(1), 10);
      files.push({
        status: letter === "R" ? "renamed" : "copied",
        path: newPath,
        oldPath,
        ...Number.isNaN(similarity) ? {} : { similarity }
      });
      continue;
    }
    const path5 = fields[index++] ?? "";
    switch (letter) {
      case "A":
        files.push({ status: "added", path: path5, oldPath: null });
        break;
      case "D":
        files.push({ status: "deleted", path: path5, oldPath: path5 });
        break;
      case "M":
      case "T":
        files.push({ status: "modified", path: path5, oldPath: path5 });
        break;
      default:
        break;
    }
  }
  return files;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/git/revisions.ts
import { readFile } from "node:fs/promises";
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var DEFAULT_BRANCH_CANDIDATES = ["origin/HEAD", "main", "master", "origin/main", "origin/master"];
async function resolveRevisions(repo, opts) {
  if (opts.staged && opts.head !== void 0) {
    throw new InputError("--staged cannot be combined with --head", "--staged compares the index with HEAD; drop --head, or drop --staged to compare two commits");
  }
  if (opts.staged) {
    const base2 = opts.base !== void 0 ? await resolveCommit(repo, opts.base, "base") : await tryResolveCommit(repo, "HEAD") ?? EMPTY_TREE;
    return { base: base2, head: "INDEX", staged: true };
  }
  const headRev = opts.head ?? "HEAD";
  const head = await resolveCommit(repo, headRev, "head");
  const base = opts.base !== void 0 ? await resolveCommit(repo, opts.base, "base") : await defaultBase(repo, head, opts.env ?? process.env);
  return { base, head, staged: false };
}
async function defaultBase(repo, head, env) {
  const pullRequestBase = await pullRequestBaseSha(env);
  if (pullRequestBase) return resolveCommit(repo, pullRequestBase, "base");
  const candidate = await firstExistingCommit(repo, DEFAULT_BRANCH_CANDIDATES);
  if (!candidate) {
    throw new GitError(
      "bad-ref",
      `no default branch found to compare with (tried ${DEFAULT_BRANCH_CANDIDATES.join(", ")})`,
      { cli: "pass --base <rev> with the commit or branch the change starts from", action: "set the base input to the commit or branch the change starts from" }
    );
  }
  const stdout = await repo.run(["merge-base", candidate.sha, head], { allowedExitCodes: [0, 1] });
  const mergeBase = stdout.trim();
  if (mergeBase) return mergeBase;
  if (repo.isShallow) {
    throw new GitError(
      "shallow-clone",
      `the merge-base of ${short(head)} and ${candidate.name} is not in this shallow clone`,
      { cli: "fetch more history: git fetch --no-tags --deepen=50 origin (or use fetch-depth: 0 in actions/checkout), or pass --base <rev>", action: "use fetch-depth: 0 in actions/checkout, or set the base input" }
    );
  }
  throw new GitError("bad-ref", `${short(head)} and ${candidate.name} have no common ancestor`, { cli: "pass --base <rev> with the commit the change starts from", action: "set the base input to the commit the change starts from" });
}
async function pullRequestBaseSha(env) {
  if (env.GITHUB_ACTIONS !== "true" || !env.GITHUB_EVENT_PATH) return void 0;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    const sha = event?.pull_request?.base?.sha;
    return typeof sha === "string" && sha !== "" ? sha : void 0;
  } catch {
    return void 0;
  }
}
async function firstExistingCommit(repo, names) {
  const input = names.map((name) => `${name}^{commit}
`).join("");
  const stdout = await repo.run(["cat-file", "--batch-check=%(objectname) %(objecttype)"], { input });
  const lines = stdout.split("\n");
  for (const [index, name] of names.entries()) {
    const match2 = /^([0-9a-f]{40,64}) commit$/.exec(lines[index] ?? "");
    if (match2?.[1]) return { name, sha: match2[1] };
  }
  return void 0;
}
async function tryResolveCommit(repo, rev) {
  const stdout = await repo.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { allowedExitCodes: [0, 1, 128] });
  const sha = stdout.trim();
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}
async function resolveCommit(repo, rev, role) {
  if (rev === "" || rev.startsWith("-") || /[\s\0]/.test(rev)) {
    throw new InputError(`--${role} ${JSON.stringify(rev)} is not a revision`, { cli: `pass --${role} with a branch, tag or commit sha`, action: `set the ${role} input to a branch, tag or commit sha` });
  }
  const sha = await tryResolveCommit(repo, rev);
  if (sha) return sha;
  if (repo.isShallow) {
    throw new GitError(
      "shallow-clone",
      `${role} commit ${short(rev)} is not in this shallow clone`,
      `fetch it: git fetch --no-tags --depth=50 ${await fetchSpec(repo, rev)} (or use fetch-depth: 0 in actions/checkout)`
    );
  }
  if (rev === "HEAD" && role === "head") {
    throw new GitError("bad-ref", `unknown revision 'HEAD': the repository has no commit yet`, "commit first, or use --staged to analyze the staged changes");
  }
  throw new GitError("bad-ref", `unknown revision '${rev}'`, { cli: `pass --${role} with a branch, tag or commit sha that exists here (fetch it first if it is only on the remote)`, action: `set the ${role} input to a commit of this repository, or use fetch-depth: 0 in actions/checkout` });
}
async function fetchSpec(repo, rev) {
  if (/^[0-9a-f]{7,64}$/.test(rev)) return `origin ${rev}`;
  const remotes = (await repo.run(["remote"], { allowedExitCodes: [0, 1, 128] })).split("\n").filter(Boolean);
  const remote = remotes.find((r) => rev.startsWith(`${r}/`));
  if (remote) return `${remote} +refs/heads/${rev.slice(remote.length + 1)}:refs/remotes/${rev}`;
  if (rev.startsWith("refs/")) return `origin +${rev}:${rev}`;
  return `origin +refs/heads/${rev}:refs/remotes/origin/${rev} (then pass --base origin/${rev})`;
}
function short(rev) {
  return /^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 7) : rev;
}

// src/git/commits.ts
var AI_NOTES_REF = "refs/notes/ai";
var LOG_FIELDS = ["%H", "%s", "%b", "%an", "%ae", "%cn", "%ce", "%(trailers:only,unfold)", "%N"];
async function listCommits(repo, revs) {
  if (revs.head === "INDEX") return [];
  const range2 = revs.base === EMPTY_TREE ? [revs.head] : [`${revs.base}..${revs.head}`];
  const stdout = await repo.run([
    "log",
    "-z",
    "--reverse",
    "--no-color",
    "--no-show-signature",
    // log.showSignature would mix gpg output into stdout
    "--encoding=UTF-8",
    `--notes=${AI_NOTES_REF}`,
    // a missing notes ref is only a warning: every %N is empty
    `--format=${LOG_FIELDS.join("%x00")}`,
    ...range2,
    "--"
  ]);
  return parseLog(stdout);
}
function parseLog(output) {
  const fields = output.split("\0");
  const commits = [];
  for (let i = 0; i + LOG_FIELDS.length <= fields.length; i += LOG_FIELDS.length) {
    const [sha, subject, body, authorName, authorEmail, committerName, committerEmail, trailers, notes] = fields.slice(i, i + LOG_FIELDS.length);
    if (!/^[0-9a-f]{40,64}$/.test(sha)) continue;
    commits.push({
      sha,
      subject,
      body: body.trimEnd(),
      authorName,
      authorEmail,
      committerName,
      committerEmail,
      trailers: parseTrailerLines(trailers),
      notes: notes.trim()
    });
  }
  return commits;
}
function parseTrailerLines(text) {
  const trailers = [];
  for (const line of text.split("\n")) {
    const separator = line.indexOf(":");
    if (separator <= 0) continue;
    trailers.push({ key: line.slice(0, separator).trim(), value: line.slice(separator + 1).trim() });
  }
  return trailers;
}
function wantedLines(lines) {
  return [...new Set(lines.filter((line) => Number.isInteger(line) && line > 0))].sort((a, b) => a - b);
}
async function blameLines(repo, revs, path5, lines) {
  if (revs.head === "INDEX") return /* @__PURE__ */ new Map();
  let wanted = wantedLines(lines);
  for (let attempt = 0; attempt < 2 && wanted.length > 0; attempt++) {
    const args = [
      "blame",
      "--porcelain",
      "--ignore-revs-file=",
      // the repository's ignore list would credit lines to other commits
      ...toLineRanges(wanted).flatMap(([start, end]) => ["-L", `${start},${end}`]),
      revs.base === EMPTY_TREE ? revs.head : `${revs.base}..${revs.head}`,
      "--",
      path5
    ];
    try {
      return parseBlamePorcelain(await repo.run(args), new Set(wanted));
    } catch (error) {
      const message = error instanceof GitError ? error.message : "";
      if (/no such path/.test(message)) return /* @__PURE__ */ new Map();
      const length2 = /has only (\d+) lines?/.exec(message);
      if (!length2) throw error;
      wanted = wanted.filter((line) => line <= Number(length2[1]));
    }
  }
  return /* @__PURE__ */ new Map();
}
async function removingCommits(repo, revs, path5, lines) {
  if (revs.head === "INDEX" || revs.base === EMPTY_TREE) return /* @__PURE__ */ new Map();
  const wanted = wantedLines(lines);
  if (wanted.length === 0) return /* @__PURE__ */ new Map();
  const ranges = toLineRanges(wanted).flatMap(([start, end]) => ["-L", `${start},${end}`]);
  try {
    const output = await repo.run(["blame", "--reverse", "--porcelain", "--ignore-revs-file=", ...ranges, `${revs.base}..${revs.head}`, "--", path5]);
    return parseReverseBlamePorcelain(output, new Set(wanted));
  } catch (error) {
    if (error instanceof GitError && /no such path|has only \d+ lines?/.test(error.message)) return /* @__PURE__ */ new Map();
    throw error;
  }
}
function parseReverseBlamePorcelain(output, wanted) {
  const removedBy = /* @__PURE__ */ new Map();
  const lineCommit = [];
  let currentSha = "";
  for (const line of output.split("\n")) {
    if (line.startsWith("	")) continue;
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)(?: \d+)?$/.exec(line);
    const previous = /^previous ([0-9a-f]{40,64}) /.exec(line);
    if (header) {
      currentSha = header[1];
      lineCommit.push([Number(header[2]), currentSha]);
    } else if (previous) {
      removedBy.set(currentSha, previous[1]);
    }
  }
  const result = /* @__PURE__ */ new Map();
  for (const [line, sha] of lineCommit) {
    const remover = removedBy.get(sha);
    if (wanted.has(line) && remover) result.set(line, remover);
  }
  return result;
}
function toLineRanges(sortedLines) {
  const ranges = [];
  for (const line of sortedLines) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
    else ranges.push([line, line]);
  }
  return ranges;
}
function parseBlamePorcelain(output, wanted) {
  const boundary = /* @__PURE__ */ new Set();
  const lineCommit = [];
  let currentSha = "";
  for (const line of output.split("\n")) {
    if (line.startsWith("	")) continue;
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)(?: \d+)?$/.exec(line);
    if (header) {
      currentSha = header[1];
      lineCommit.push([Number(header[2]), currentSha]);
    } else if (line === "boundary") {
      boundary.add(currentSha);
    }
  }
  const result = /* @__PURE__ */ new Map();
  for (const [line, sha] of lineCommit) {
    if (wanted.has(line) && !boundary.has(sha)) result.set(line, sha);
  }
  return result;
}
async function grepFiles(repo, rev, needles, pathspecs = [], opts = {}) {
  if (needles.length === 0) return [];
  const files = /* @__PURE__ */ new Set();
  const target = grepTarget(rev);
  for (const chunk of chunkByBytes(pathspecs, 1e5)) {
    const args = ["grep", "-l", "-z", "-F", "--no-color", "--full-name", ...needles.flatMap((n) => ["-e", n]), ...target.args, "--", ...chunk];
    const stdout = await repo.run(args, { allowedExitCodes: [0, 1], ...opts.signal ? { signal: opts.signal } : {} });
    for (const name of stdout.split("\0")) if (name !== "") files.add(target.path(name));
  }
  return [...files].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function grepLines(repo, rev, needles, pathspecs = [], opts = {}) {
  if (needles.length === 0) return Promise.resolve([]);
  return grepMatching(repo, rev, needles.flatMap((n) => ["-e", n]), pathspecs, opts);
}
function grepWordLines(repo, rev, word, needles, pathspecs = []) {
  if (needles.length === 0) return Promise.resolve([]);
  return grepMatching(repo, rev, ["-w", "-e", word, "--and", "(", ...needles.flatMap((n) => ["-e", n]), ")"], pathspecs, {});
}
async function grepMatching(repo, rev, patternArgs, pathspecs, opts) {
  const out = [];
  const target = grepTarget(rev);
  for (const chunk of chunkByBytes(pathspecs, 1e5)) {
    const args = ["grep", "-z", "-F", "--no-color", "--full-name", ...patternArgs, ...target.args, "--", ...chunk];
    const stdout = await repo.run(args, { allowedExitCodes: [0, 1], ...opts.signal ? { signal: opts.signal } : {} });
    for (const line of stdout.split("\n")) {
      const cut = line.indexOf("\0");
      if (cut < 0) continue;
      out.push({ path: target.path(line.slice(0, cut)), text: line.slice(cut + 1) });
    }
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function grepTarget(rev) {
  if (rev === "INDEX") return { args: ["--cached"], path: (name) => name };
  const prefix2 = `${rev}:`;
  return { args: [rev], path: (name) => name.startsWith(prefix2) ? name.slice(prefix2.length) : name };
}
function chunkByBytes(items, maxBytes) {
  const chunks = [[]];
  let bytes = 0;
  for (const item of items) {
    const size = Buffer.byteLength(item) + 1;
    const current = chunks[chunks.length - 1];
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push([item]);
      bytes = size;
    } else {
      current.push(item);
      bytes += size;
    }
  }
  return chunks;
}

// src/git/hunks.ts
var MAX_PATHSPEC_BYTES = process.platform === "win32" ? 24e3 : 2e5;
function pathsOf(files) {
  const paths = /* @__PURE__ */ new Set();
  for (const file of files) {
    paths.add(file.path);
    if (file.oldPath !== null) paths.add(file.oldPath);
  }
  return [...paths];
}
async function diffHunks(repo, revs, paths) {
  if (paths.length === 0) return /* @__PURE__ */ new Map();
  const args = [
    "diff",
    "-U0",
    "-M",
    "--no-color",
    "--no-ext-diff",
    // textconv would change line numbers; inter-hunk context would merge hunks with context lines.
    "--no-textconv",
    "--inter-hunk-context=0",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "--ignore-submodules=all",
    ...revs.head === "INDEX" ? ["--cached", revs.base] : [revs.base, revs.head],
    "--",
    ...pathspecsFor(paths)
  ];
  const requested = new Set(paths);
  const hunks = parseUnifiedDiff(await repo.run(args));
  for (const [key, file] of hunks) {
    if (!requested.has(key) && !(file.oldPath !== null && requested.has(file.oldPath))) hunks.delete(key);
  }
  return new Map([...hunks].map(([key, file]) => [key, { added: file.added, removed: file.removed, ...file.deletedAfter ? { deletedAfter: file.deletedAfter } : {} }]));
}
function pathspecsFor(paths) {
  const literal2 = paths.map((path5) => `:(literal)${path5}`);
  const bytes = literal2.reduce((total, spec) => total + Buffer.byteLength(spec) + 1, 0);
  if (bytes <= MAX_PATHSPEC_BYTES) return literal2;
  const extensions = /* @__PURE__ */ new Set();
  for (const path5 of paths) {
    const match2 = /\.[^./]+$/.exec(path5);
    if (!match2) return [];
    extensions.add(match2[0]);
  }
  return [...extensions].map((extension) => `:(glob)**/*${extension}`);
}
function parseUnifiedDiff(patch) {
  const files = /* @__PURE__ */ new Map();
  let current = null;
  let oldLinesLeft = 0;
  let newLinesLeft = 0;
  const flush = () => {
    if (!current) return;
    const key = current.newPath ?? current.oldPath;
    if (key !== null) files.set(key, current);
    current = null;
  };
  for (const line of patch.split("\n")) {
    if (oldLinesLeft > 0 || newLinesLeft > 0) {
      if (line.startsWith("-")) oldLinesLeft--;
      else if (line.startsWith("+")) newLinesLeft--;
      else if (line.startsWith(" ")) {
        oldLinesLeft--;
        newLinesLeft--;
      }
      continue;
    }
    if (line.startsWith("diff --git ")) {
      flush();
      const [oldPath, newPath] = parseDiffGitPaths(line.slice("diff --git ".length));
      current = { added: [], removed: [], oldPath, newPath };
      continue;
    }
    if (!current) continue;
    if (line.startsWith("@@ ")) {
      const hunk = parseHunkHeader(line);
      if (!hunk) continue;
      if (hunk.oldCount > 0) current.removed.push({ start: hunk.oldStart, end: hunk.oldStart + hunk.oldCount - 1 });
      if (hunk.newCount > 0) current.added.push({ start: hunk.newStart, end: hunk.newStart + hunk.newCount - 1 });
      else if (hunk.oldCount > 0) (current.deletedAfter ??= []).push(hunk.newStart);
      oldLinesLeft = hunk.oldCount;
      newLinesLeft = hunk.newCount;
    } else if (line.startsWith("--- ")) {
      current.oldPath = parseFileHeaderPath(line.slice(4), "a/");
    } else if (line.startsWith("+++ ")) {
      current.newPath = parseFileHeaderPath(line.slice(4), "b/");
    } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
      current.oldPath = unquotePath(line.slice(line.indexOf(" from ") + 6));
    } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
      current.newPath = unquotePath(line.slice(line.indexOf(" to ") + 4));
    } else if (line.startsWith("new file mode ")) {
      current.oldPath = null;
    } else if (line.startsWith("deleted file mode ")) {
      current.newPath = null;
    }
  }
  flush();
  return files;
}
function parseHunkHeader(line) {
  const match2 = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!match2) return null;
  return {
    oldStart: Number(match2[1]),
    oldCount: match2[2] === void 0 ? 1 : Number(match2[2]),
    newStart: Number(match2[3]),
    newCount: match2[4] === void 0 ? 1 : Number(match2[4])
  };
}
function parseFileHeaderPath(text, prefix2) {
  const raw = text.replace(/\t$/, "");
  if (raw === "/dev/null") return null;
  const path5 = unquotePath(raw);
  return path5.startsWith(prefix2) ? path5.slice(prefix2.length) : path5;
}
function parseDiffGitPaths(text) {
  let oldRaw;
  let newRaw;
  if (text.startsWith('"')) {
    const end = quotedEnd(text);
    oldRaw = text.slice(0, end);
    newRaw = text.slice(end + 1);
  } else if (text.endsWith('"')) {
    const start = text.lastIndexOf(' "');
    oldRaw = text.slice(0, start);
    newRaw = text.slice(start + 1);
  } else {
    const half = (text.length - 1) / 2;
    if (Number.isInteger(half) && text.slice(2, half) === text.slice(half + 3)) {
      oldRaw = text.slice(0, half);
      newRaw = text.slice(half + 1);
    } else {
      const split = text.indexOf(" b/");
      oldRaw = split < 0 ? text : text.slice(0, split);
      newRaw = split < 0 ? text : text.slice(split + 1);
    }
  }
  const strip = (path5, prefix2) => path5.startsWith(prefix2) ? path5.slice(prefix2.length) : path5;
  return [strip(unquotePath(oldRaw), "a/"), strip(unquotePath(newRaw), "b/")];
}
function quotedEnd(text) {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}
var ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92, '"': 34 };
function unquotePath(text) {
  if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) return text;
  const body = text.slice(1, -1);
  const parts = [];
  let plainStart = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== "\\") continue;
    parts.push(Buffer.from(body.slice(plainStart, i), "utf8"));
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      parts.push(Buffer.of(Number.parseInt(octal[0], 8)));
      i += 3;
    } else {
      const next = body[i + 1] ?? "";
      parts.push(Buffer.of(ESCAPES[next] ?? next.charCodeAt(0)));
      i += 1;
    }
    plainStart = i + 1;
  }
  parts.push(Buffer.from(body.slice(plainStart), "utf8"));
  return Buffer.concat(parts).toString("utf8");
}
function lineInRanges(line, ranges) {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = low + high >>> 1;
    const range2 = ranges[mid];
    if (line < range2.start) high = mid - 1;
    else if (line > range2.end) low = mid + 1;
    else return true;
  }
  return false;
}

// src/match/entries.ts
function pairEntries(base, head, baseFileOf) {
  const pairs = [];
  const unmatchedBase = /* @__PURE__ */ new Map();
  for (const b of base) unmatchedBase.set(`${b.file}\0${b.fnId}`, b);
  const leftover = [];
  for (const h of head) {
    const baseFile = baseFileOf(h.file);
    const key = baseFile ? `${baseFile}\0${h.fnId}` : void 0;
    const b = key ? unmatchedBase.get(key) : void 0;
    if (b && key) {
      unmatchedBase.delete(key);
      pairs.push({ base: b, head: h });
    } else leftover.push(h);
  }
  const byName = /* @__PURE__ */ new Map();
  for (const b of unmatchedBase.values()) byName.set(b.fnId, [...byName.get(b.fnId) ?? [], b]);
  const stillLeft = [];
  for (const h of leftover) {
    const candidates = byName.get(h.fnId);
    if (candidates?.length === 1 && leftover.filter((x) => x.fnId === h.fnId).length === 1) {
      const b = candidates[0];
      unmatchedBase.delete(`${b.file}\0${b.fnId}`);
      byName.delete(h.fnId);
      pairs.push({ base: b, head: h });
    } else stillLeft.push(h);
  }
  const scored = [];
  for (const h of stillLeft) {
    const baseFile = baseFileOf(h.file);
    for (const b of unmatchedBase.values()) {
      if (b.file !== baseFile || h.keys.size === 0 || b.keys.size === 0) continue;
      const overlap = jaccard(h.keys, b.keys);
      if (overlap < 0.5) continue;
      const sameVisibility = h.exported === b.exported ? 1 : 0;
      const sizeSimilarity = Math.min(h.size, b.size) / Math.max(h.size, b.size, 1);
      scored.push({ h, b, score: overlap * 10 + sameVisibility * 2 + sizeSimilarity });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  const pairedHead = /* @__PURE__ */ new Set();
  for (const { h, b } of scored) {
    if (pairedHead.has(h) || !unmatchedBase.has(`${b.file}\0${b.fnId}`)) continue;
    unmatchedBase.delete(`${b.file}\0${b.fnId}`);
    pairedHead.add(h);
    pairs.push({ base: b, head: h });
  }
  for (const h of stillLeft) if (!pairedHead.has(h)) pairs.push({ head: h });
  for (const b of unmatchedBase.values()) pairs.push({ base: b });
  return pairs;
}
function jaccard(a, b) {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

// src/model/own.ts
function own(record, key) {
  return record !== void 0 && Object.hasOwn(record, key) ? record[key] : void 0;
}

// src/catalog/analytics.ts
var ANALYTICS = [
  {
    label: "clickhouse",
    modules: ["@clickhouse/client", "@clickhouse/client-web"],
    kind: "db",
    exports: { createClient: "factory", ClickHouseClient: "constructor" },
    types: ["ClickHouseClient"],
    ignore: ["close"],
    settings: { createClient: { timeouts: { request_timeout: 3e4 } }, "new ClickHouseClient": { timeouts: { request_timeout: 3e4 } } }
  },
  {
    // `tb.buildPipe({...})` and `tb.buildIngestEndpoint({...})` return the function that is the request.
    // An HTTPS API (pipes are published endpoints): network, like any HTTP service.
    label: "tinybird",
    modules: ["@chronark/zod-bird"],
    kind: "network",
    exports: { Tinybird: "constructor" },
    types: ["Tinybird"],
    derive: ["buildPipe", "buildIngestEndpoint"]
  }
];

// src/catalog/apis.ts
var APIS = [
  {
    label: "stripe",
    modules: ["stripe"],
    kind: "network",
    exports: { default: "constructor", Stripe: "constructor" },
    types: ["Stripe"],
    ignore: ["webhooks", "on", "off", "once"]
  },
  {
    label: "openai",
    modules: ["openai"],
    kind: "network",
    exports: { default: "constructor", OpenAI: "constructor", AzureOpenAI: "constructor" },
    types: ["OpenAI"],
    // 2 retries, 10 min per request.
    settings: { "new *": { timeouts: { timeout: 6e5 }, retries: { maxRetries: { value: 2, attempts: false } } } }
  },
  {
    label: "anthropic",
    modules: ["@anthropic-ai/sdk"],
    kind: "network",
    exports: { default: "constructor", Anthropic: "constructor", AnthropicBedrock: "constructor", AnthropicVertex: "constructor" },
    types: ["Anthropic"],
    // 2 retries, 10 min per request.
    settings: { "new *": { timeouts: { timeout: 6e5 }, retries: { maxRetries: { value: 2, attempts: false } } } },
    // The Message Batches API takes many requests in one call.
    batches: [{ batch: "messages.batches.create", single: ["messages.create"] }]
  },
  {
    // `google.gmail({ version: 'v1', auth })` gives the Gmail client: `gmail.users.messages.get(...)`.
    label: "googleapis",
    modules: ["googleapis"],
    kind: "network",
    exports: { google: "handle", default: "handle", "*": "handle" },
    derive: ["gmail", "calendar", "drive", "sheets", "docs", "slides", "people", "admin", "youtube", "analytics", "analyticsdata", "searchconsole", "tasks", "forms", "chat", "oauth2", "webmasters", "bigquery", "storage", "iam", "cloudresourcemanager"],
    ignore: ["options", "setCredentials", "generateAuthUrl", "on", "auth", "getAccessToken", "credentials"],
    batches: [
      { batch: "batchDelete", single: ["delete", "trash"] },
      { batch: "batchModify", single: ["modify"] },
      { batch: "batchUpdate", single: ["update"] },
      { batch: "batchGet", single: ["get"] }
    ]
  },
  {
    label: "googleapis",
    modules: ["@googleapis/gmail", "@googleapis/calendar", "@googleapis/drive", "@googleapis/sheets", "@googleapis/people", "@googleapis/docs"],
    kind: "network",
    exports: { gmail: "factory", calendar: "factory", drive: "factory", sheets: "factory", people: "factory", docs: "factory", auth: "not-io" },
    ignore: ["options", "context"],
    batches: [
      { batch: "batchDelete", single: ["delete", "trash"] },
      { batch: "batchModify", single: ["modify"] },
      { batch: "batchUpdate", single: ["update"] },
      { batch: "batchGet", single: ["get"] }
    ]
  }
];

// src/catalog/aws.ts
var v2Export = (name) => /^[A-Z]/.test(name) ? "constructor" : "not-io";
var V2_IGNORE = ["config", "getSignedUrl", "getSignedUrlPromise", "createPresignedPost", "on", "endpoint", "makeUnauthenticatedRequest", "waitFor"];
var V2_DB_BATCHES = [
  { batch: "batchGet", single: ["get"] },
  { batch: "batchGetItem", single: ["getItem"] },
  { batch: "batchWrite", single: ["put", "delete"] },
  { batch: "batchWriteItem", single: ["putItem", "deleteItem"] },
  { batch: "batchExecuteStatement", single: ["executeStatement"] }
];
var V2_QUEUE_BATCHES = [
  { batch: "sendMessageBatch", single: ["sendMessage"] },
  { batch: "deleteMessageBatch", single: ["deleteMessage"] },
  { batch: "publishBatch", single: ["publish"] },
  { batch: "putRecords", single: ["putRecord"] },
  { batch: "putRecordBatch", single: ["putRecord"] }
];
var SDK_V3 = { "new *": { retries: { maxAttempts: { value: 3, attempts: true } }, backoff: "exponential" } };
var AWS = [
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb", "@aws-sdk/client-rds-data", "@aws-sdk/client-timestream-query"],
    kind: "db",
    exports: { "*": "constructor" },
    types: ["*Client"],
    ignore: ["destroy", "middlewareStack", "config"],
    batches: [
      { batch: "send:BatchGetItemCommand", single: ["send:GetItemCommand", "send:GetCommand"] },
      { batch: "send:BatchGetCommand", single: ["send:GetCommand", "send:GetItemCommand"] },
      { batch: "send:BatchWriteItemCommand", single: ["send:PutItemCommand", "send:PutCommand", "send:DeleteItemCommand"] },
      { batch: "send:BatchWriteCommand", single: ["send:PutCommand", "send:PutItemCommand", "send:DeleteCommand"] },
      { batch: "send:BatchExecuteStatementCommand", single: ["send:ExecuteStatementCommand"] }
    ]
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["@aws-sdk/client-sqs", "@aws-sdk/client-sns", "@aws-sdk/client-kinesis", "@aws-sdk/client-firehose", "@aws-sdk/client-eventbridge"],
    kind: "queue",
    exports: { "*": "constructor" },
    types: ["*Client"],
    ignore: ["destroy", "middlewareStack", "config"],
    batches: [
      { batch: "send:SendMessageBatchCommand", single: ["send:SendMessageCommand"] },
      { batch: "send:PublishBatchCommand", single: ["send:PublishCommand"] },
      { batch: "send:PutRecordsCommand", single: ["send:PutRecordCommand"] },
      { batch: "send:PutRecordBatchCommand", single: ["send:PutRecordCommand"] },
      { batch: "send:DeleteMessageBatchCommand", single: ["send:DeleteMessageCommand"] }
    ]
  },
  {
    // `new Upload({ client, params }).done()`: a multipart upload to S3, streamed in parts.
    label: "aws",
    modules: ["@aws-sdk/lib-storage"],
    kind: "network",
    exports: { Upload: "constructor" },
    types: ["Upload"],
    ignore: ["on", "once", "off", "abort"]
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["@aws-sdk/*"],
    kind: "network",
    exports: { "*": "constructor" },
    types: ["*Client"],
    derive: [],
    ignore: ["destroy", "middlewareStack", "config"],
    batches: [
      { batch: "send:DeleteObjectsCommand", single: ["send:DeleteObjectCommand"] }
    ]
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["aws-sdk/clients/dynamodb"],
    kind: "db",
    exports: { default: "constructor", "*": "handle", DocumentClient: "constructor" },
    otherExports: v2Export,
    types: ["DynamoDB", "DocumentClient"],
    builder: true,
    ignore: V2_IGNORE,
    batches: V2_DB_BATCHES
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["aws-sdk/clients/sqs", "aws-sdk/clients/sns", "aws-sdk/clients/kinesis", "aws-sdk/clients/firehose", "aws-sdk/clients/eventbridge"],
    kind: "queue",
    exports: { default: "constructor" },
    otherExports: v2Export,
    types: ["SQS", "SNS", "Kinesis", "Firehose", "EventBridge"],
    builder: true,
    ignore: V2_IGNORE,
    batches: V2_QUEUE_BATCHES
  },
  {
    label: "aws",
    settings: SDK_V3,
    modules: ["aws-sdk", "aws-sdk/clients/*"],
    kind: "network",
    exports: { default: "handle", "*": "handle", config: "not-io", Credentials: "not-io", Endpoint: "not-io" },
    otherExports: v2Export,
    types: ["S3", "DynamoDB", "DocumentClient", "SQS", "SNS", "Lambda", "SES", "SecretsManager", "SSM", "Kinesis", "CloudWatch", "STS", "StepFunctions", "EventBridge", "CognitoIdentityServiceProvider"],
    builder: true,
    ignore: V2_IGNORE,
    batches: [...V2_DB_BATCHES, ...V2_QUEUE_BATCHES, { batch: "deleteObjects", single: ["deleteObject"] }]
  }
];

// src/catalog/builders.ts
var BUILDERS = [
  {
    label: "knex",
    modules: ["knex"],
    kind: "db",
    exports: { default: "factory", knex: "factory", "*": "factory" },
    types: ["Knex"],
    builder: true,
    // A knex query runs when it is awaited or then'd; these give its SQL.
    renders: ["toQuery", "toSQL", "toString", "toNative"],
    runs: ["asCallback", "stream", "pipe"],
    ignore: ["destroy", "schema", "fn", "ref", "client", "migrate", "seed"],
    batches: [{ batch: "whereIn", single: ["where", "first"] }],
    // A knex instance's pool holds up to 10 connections.
    settings: { "*": { limits: { "pool.max": 10 } } }
  },
  {
    label: "kysely",
    modules: ["kysely"],
    kind: "db",
    exports: { Kysely: "constructor" },
    types: ["Kysely", "Transaction"],
    builder: true,
    // A kysely query runs only through an execute method; `compile()` gives its SQL.
    renders: ["compile"],
    runs: ["execute", "executeTakeFirst", "executeTakeFirstOrThrow", "stream"],
    ignore: ["destroy", "fn", "dynamic", "withPlugin", "withSchema"]
  }
];

// src/catalog/library.ts
function settingDefaults(lib, name, isNew2) {
  const table = lib.settings;
  if (!table) return void 0;
  const exact = isNew2 ? `new ${name}` : name;
  const any = isNew2 ? "new *" : "*";
  return Object.hasOwn(table, exact) ? table[exact] : Object.hasOwn(table, any) ? table[any] : void 0;
}
var EVENT_METHODS = ["on", "once", "off", "emit", "addListener", "removeListener", "removeAllListeners", "listenerCount", "setMaxListeners"];
var HANDLE_CALLBACK_METHODS = /^(\$?transaction|withTransaction|withSession|connect|getConnection|tx|batch)$/;

// src/catalog/cache.ts
var CACHE = [
  {
    label: "redis",
    modules: ["ioredis"],
    kind: "cache",
    exports: { default: "constructor", Redis: "constructor", Cluster: "constructor", "*": "constructor" },
    types: ["Redis", "Cluster", "RedisType"],
    derive: ["duplicate"],
    pipeline: { methods: ["pipeline", "multi"], flush: ["exec", "execBuffer"] },
    ignore: [...EVENT_METHODS, "defineCommand", "disconnect", "status", "options", "createBuiltinCommand", "nodes"],
    // ioredis: 10 s to connect, commands wait forever, 20 retries per request while reconnecting, with a growing wait.
    settings: {
      // Commands issued while disconnected queue without limit (a cluster's and its nodes' options alike).
      "new *": { timeouts: { connectTimeout: 1e4, commandTimeout: null }, retries: { maxRetriesPerRequest: { value: 20, attempts: false } }, backoff: "linear", limits: { enableOfflineQueue: null, "redisOptions.enableOfflineQueue": null } }
    },
    batches: [
      { batch: "mget", single: ["get", "getBuffer"] },
      { batch: "mset", single: ["set", "setex"] },
      { batch: "hmget", single: ["hget"] },
      { batch: "del", single: ["del"], when: "array-arg" }
    ]
  },
  {
    label: "redis",
    modules: ["redis", "@redis/client"],
    kind: "cache",
    exports: { createClient: "factory", createCluster: "factory" },
    types: ["RedisClientType", "RedisClusterType", "RedisClient"],
    derive: ["duplicate", "isolated"],
    pipeline: { methods: ["multi", "MULTI"], flush: ["exec", "EXEC", "execAsPipeline"] },
    ignore: [...EVENT_METHODS, "connect", "disconnect", "quit", "isOpen", "isReady"],
    batches: [
      { batch: "mGet", single: ["get", "GET"] },
      { batch: "MGET", single: ["get", "GET"] },
      { batch: "mSet", single: ["set", "SET"] },
      { batch: "hmGet", single: ["hGet"] }
    ]
  },
  {
    label: "redis",
    modules: ["@upstash/redis", "@upstash/redis/nodejs", "@upstash/redis/cloudflare"],
    kind: "cache",
    exports: { Redis: "constructor" },
    statics: ["fromEnv"],
    types: ["Redis"],
    pipeline: { methods: ["pipeline", "multi"], flush: ["exec"] },
    batches: [{ batch: "mget", single: ["get"] }, { batch: "mset", single: ["set"] }]
  },
  {
    label: "memcached",
    modules: ["memcached", "memjs"],
    kind: "cache",
    exports: { default: "constructor", Client: "factory" },
    types: ["Memcached"],
    ignore: [...EVENT_METHODS],
    batches: [{ batch: "getMulti", single: ["get"] }]
  },
  {
    // `ratelimit.limit(id)` is a round trip to Redis; `Ratelimit.slidingWindow(...)` only configures.
    label: "ratelimit",
    modules: ["@upstash/ratelimit"],
    kind: "cache",
    exports: { Ratelimit: "constructor" },
    types: ["Ratelimit"]
  }
];

// src/catalog/drizzle.ts
var DRIZZLE = [
  {
    label: "drizzle",
    modules: ["drizzle-orm", "drizzle-orm/node-postgres", "drizzle-orm/postgres-js", "drizzle-orm/mysql2", "drizzle-orm/better-sqlite3", "drizzle-orm/neon-http", "drizzle-orm/libsql", "drizzle-orm/d1"],
    kind: "db",
    exports: { drizzle: "factory" },
    types: ["NodePgDatabase", "PostgresJsDatabase", "MySql2Database", "BetterSQLite3Database", "LibSQLDatabase", "DrizzleD1Database"],
    builder: true
  }
];

// src/catalog/email.ts
var EMAIL = [
  {
    label: "resend",
    modules: ["resend"],
    kind: "network",
    exports: { Resend: "constructor", default: "constructor" },
    types: ["Resend"],
    // `resend.batch.send([...])` sends up to 100 emails in one request.
    batches: [{ batch: "batch.send", single: ["emails.send"] }]
  },
  {
    label: "sendgrid",
    modules: ["@sendgrid/mail"],
    kind: "network",
    exports: { default: "handle", "*": "handle", MailService: "constructor" },
    types: ["MailService"],
    ignore: ["setApiKey", "setClient", "setTimeout", "setSubstitutionWrappers", "setTwilioEmailAuth", "setDataResidency"],
    batches: [
      { batch: "send", single: ["send"], when: "array-arg" },
      { batch: "sendMultiple", single: ["send"] }
    ]
  },
  {
    label: "nodemailer",
    modules: ["nodemailer"],
    kind: "network",
    exports: { default: "handle", "*": "handle", createTransport: "factory" },
    types: ["Transporter"],
    derive: ["createTransport"],
    ignore: [...EVENT_METHODS, "use", "close", "isIdle", "createTestAccount", "getTestMessageUrl"]
  },
  {
    label: "postmark",
    modules: ["postmark"],
    kind: "network",
    exports: { ServerClient: "constructor", AccountClient: "constructor", Client: "constructor", default: "handle", "*": "handle" },
    types: ["ServerClient"],
    batches: [
      { batch: "sendEmailBatch", single: ["sendEmail"] },
      { batch: "sendEmailBatchWithTemplates", single: ["sendEmailWithTemplate"] }
    ]
  },
  {
    // `new Mailgun(FormData).client({ username, key })` is the client: `mg.messages.create(domain, data)`.
    label: "mailgun",
    modules: ["mailgun.js"],
    kind: "network",
    exports: { default: "constructor", Mailgun: "constructor" },
    derive: ["client"]
  }
];

// src/catalog/firebase.ts
var QUERY_BUILDING = ["collection", "collectionGroup", "doc", "where", "orderBy", "limit", "limitToLast", "offset", "select", "startAt", "startAfter", "endAt", "endBefore", "withConverter", "parent"];
var FIREBASE = [
  {
    label: "firestore",
    modules: ["firebase-admin/firestore", "@google-cloud/firestore"],
    kind: "db",
    exports: { getFirestore: "factory", Firestore: "constructor", FieldValue: "not-io", Timestamp: "not-io", FieldPath: "not-io" },
    types: ["Firestore", "CollectionReference", "DocumentReference", "Query"],
    derive: QUERY_BUILDING,
    pipeline: { methods: ["batch", "bulkWriter"], flush: ["commit", "close", "flush"] },
    ignore: ["settings", "onSnapshot", "terminate", "id", "path"],
    batches: [{ batch: "getAll", single: ["get"] }]
  },
  {
    // `admin.firestore()`, `admin.auth()`, `admin.messaging()`: each gives the service's client.
    label: "firebase",
    modules: ["firebase-admin"],
    kind: "db",
    exports: { default: "handle", "*": "handle", firestore: "factory", auth: "factory", messaging: "factory", initializeApp: "not-io", credential: "not-io", apps: "not-io" },
    derive: ["firestore", "auth", "messaging", "storage", "database", "bucket", ...QUERY_BUILDING],
    pipeline: { methods: ["batch", "bulkWriter"], flush: ["commit", "close", "flush"] },
    ignore: ["initializeApp", "credential", "apps", "app", "settings", "onSnapshot", "terminate", "FieldValue", "Timestamp", "FieldPath"],
    batches: [
      { batch: "getAll", single: ["get"] },
      { batch: "getUsers", single: ["getUser", "getUserByEmail"] },
      { batch: "sendEach", single: ["send"] },
      { batch: "sendEachForMulticast", single: ["send"] }
    ]
  },
  {
    label: "firebase",
    modules: ["firebase-admin/auth", "firebase-admin/messaging"],
    kind: "network",
    exports: { getAuth: "factory", getMessaging: "factory" },
    types: ["Auth", "Messaging"],
    batches: [
      { batch: "getUsers", single: ["getUser", "getUserByEmail"] },
      { batch: "sendEach", single: ["send"] },
      { batch: "sendEachForMulticast", single: ["send"] }
    ]
  },
  {
    // The modular SDK: the functions are the requests; references and queries are built locally.
    label: "firestore",
    modules: ["firebase/firestore", "firebase/firestore/lite"],
    kind: "db",
    exports: {
      getDoc: "callable",
      getDocs: "callable",
      setDoc: "callable",
      updateDoc: "callable",
      addDoc: "callable",
      deleteDoc: "callable",
      getCountFromServer: "callable",
      runTransaction: "callable",
      getFirestore: "not-io",
      doc: "not-io",
      collection: "not-io",
      query: "not-io",
      where: "not-io",
      orderBy: "not-io",
      limit: "not-io",
      writeBatch: "not-io",
      serverTimestamp: "not-io",
      onSnapshot: "not-io"
    }
  }
];

// src/catalog/http.ts
var HTTP = [
  {
    label: "fetch",
    modules: ["node-fetch", "cross-fetch", "isomorphic-fetch", "make-fetch-happen"],
    kind: "network",
    exports: { default: "callable", fetch: "callable" },
    settings: { "*": { timeouts: { signal: null, timeout: null } } }
  },
  {
    label: "axios",
    modules: ["axios"],
    kind: "network",
    exports: { default: "handle", axios: "handle", create: "factory" },
    types: ["AxiosInstance", "AxiosStatic"],
    derive: ["create"],
    // axios waits forever unless `timeout` is set.
    settings: { "*": { timeouts: { timeout: null } } },
    ignore: ["interceptors", "defaults", "isAxiosError", "isCancel", "CancelToken", "getUri", "all", "spread", "toFormData"]
  },
  {
    label: "got",
    modules: ["got"],
    kind: "network",
    exports: { default: "handle", got: "handle" },
    types: ["Got"],
    derive: ["extend"],
    // got: no timeout unless set; 2 retries, backing off exponentially, for every method but POST and PATCH.
    settings: {
      "*": { timeouts: { timeout: null }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" },
      post: { timeouts: { timeout: null }, backoff: "exponential" },
      patch: { timeouts: { timeout: null }, backoff: "exponential" },
      extend: { timeouts: { timeout: null }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" }
    },
    ignore: ["defaults", "mergeOptions", "paginate"]
  },
  {
    label: "ky",
    modules: ["ky", "ky-universal"],
    kind: "network",
    exports: { default: "handle" },
    types: ["KyInstance"],
    derive: ["create", "extend"],
    // ky: 10 s per request, 2 retries, backing off exponentially, for every method but POST and PATCH.
    settings: {
      "*": { timeouts: { timeout: 1e4 }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" },
      post: { timeouts: { timeout: 1e4 }, backoff: "exponential" },
      patch: { timeouts: { timeout: 1e4 }, backoff: "exponential" },
      create: { timeouts: { timeout: 1e4 }, retries: { retry: { value: 2, attempts: false } }, backoff: "exponential" }
    }
  },
  {
    label: "undici",
    modules: ["undici"],
    kind: "network",
    exports: { request: "callable", fetch: "callable", stream: "callable", Pool: "constructor", Client: "constructor", Agent: "constructor" },
    types: ["Pool", "Client", "Dispatcher"],
    // undici: 300 s for headers and for the body, 10 s to connect; a pool or agent opens as many connections as requests need.
    settings: { "*": { timeouts: { headersTimeout: 3e5, bodyTimeout: 3e5, connectTimeout: 1e4 } }, "new Pool": { limits: { connections: null } }, "new Agent": { limits: { connections: null } } },
    ignore: [...EVENT_METHODS, "close", "destroy"]
  },
  {
    label: "http",
    modules: ["http", "https", "node:http", "node:https", "http2", "node:http2"],
    kind: "network",
    exports: { request: "callable", get: "callable", connect: "factory", default: "handle", "*": "handle" },
    // An `http.Agent` opens as many sockets per host as requests need.
    settings: { "new Agent": { limits: { maxSockets: null } } },
    ignore: ["createServer", "Agent", "STATUS_CODES", "METHODS", "globalAgent", "validateHeaderName", "validateHeaderValue", "Server", "IncomingMessage", "ServerResponse", "ClientRequest", "OutgoingMessage", "maxHeaderSize", "setMaxIdleHTTPParsers"]
  },
  {
    // `bent('json')` returns the request function: `await getJSON(url)`.
    label: "bent",
    modules: ["bent"],
    kind: "network",
    exports: { default: "factory", "*": "factory" },
    // bent has no timeout option: a request waits as long as the socket does.
    settings: { "*": { timeouts: {} } }
  }
];
var GLOBAL_CALLABLES = {
  fetch: { label: "fetch", kind: "network" }
};

// src/catalog/in-process.ts
var IN_PROCESS = [
  {
    label: "limiter",
    modules: ["p-limit", "p-queue", "bottleneck", "p-throttle", "async-sema"],
    kind: "other",
    exports: { default: "not-io", "*": "not-io", Bottleneck: "not-io", Sema: "not-io" }
  },
  {
    label: "lru",
    modules: ["lru-cache", "quick-lru", "node-cache", "mnemonist", "tiny-lru", "keyv"],
    kind: "other",
    exports: { default: "not-io", LRUCache: "not-io", "*": "not-io", lru: "not-io" }
  },
  {
    // Metrics clients send over UDP without waiting, or only record in memory (prom-client):
    // a metric in a loop is not fan-out, whatever the client's variable is called.
    label: "metrics",
    modules: ["hot-shots", "node-statsd", "statsd-client", "lynx", "prom-client", "@opentelemetry/api"],
    kind: "other",
    exports: { default: "not-io", "*": "not-io" },
    otherExports: () => "not-io"
  },
  {
    label: "logging",
    modules: ["pino", "winston", "bunyan", "loglevel", "consola", "signale"],
    kind: "other",
    exports: { default: "not-io", "*": "not-io" },
    otherExports: () => "not-io"
  }
];
var IN_MEMORY_CONSTRUCTORS = /* @__PURE__ */ new Set(["Map", "Set", "WeakMap", "WeakSet", "Array", "Object", "LRUCache", "LRU", "QuickLRU", "NodeCache"]);

// src/catalog/mongo.ts
var MONGO = [
  {
    label: "mongoose",
    modules: ["mongoose"],
    kind: "db",
    exports: { default: "handle", model: "factory", connect: "factory", createConnection: "factory", Model: "constructor" },
    types: ["Model", "Connection"],
    derive: ["model"],
    builder: true,
    ignore: ["Schema", "set", "plugin", "disconnect", "Types", "connection", "hydrate", "watch"],
    // The driver's pool: up to 100 connections per server.
    settings: { connect: { limits: { maxPoolSize: 100 } }, createConnection: { limits: { maxPoolSize: 100 } } },
    batches: [
      { batch: "find", single: ["findOne", "findById"], when: "in-filter" },
      { batch: "insertMany", single: ["create"] },
      { batch: "bulkWrite", single: ["updateOne", "findByIdAndUpdate", "findOneAndUpdate"] }
    ]
  },
  {
    label: "mongodb",
    modules: ["mongodb"],
    kind: "db",
    exports: { MongoClient: "constructor" },
    statics: ["connect"],
    types: ["MongoClient", "Db", "Collection"],
    // 30 s to pick a server and to connect; sockets wait forever. A pool of up to 100 connections per server.
    settings: {
      "new MongoClient": { timeouts: { serverSelectionTimeoutMS: 3e4, connectTimeoutMS: 3e4, socketTimeoutMS: null }, limits: { maxPoolSize: 100 } },
      connect: { limits: { maxPoolSize: 100 } }
    },
    derive: ["db", "collection", "startSession"],
    builder: true,
    ignore: [...EVENT_METHODS, "connect", "close"],
    batches: [
      { batch: "find", single: ["findOne"], when: "in-filter" },
      { batch: "insertMany", single: ["insertOne"] },
      { batch: "bulkWrite", single: ["updateOne", "replaceOne", "deleteOne"] },
      { batch: "updateMany", single: ["updateOne"], when: "in-filter" }
    ]
  }
];

// src/catalog/names.ts
var TELLING_NAMES = [
  {
    pattern: /^(redis(Client)?|cache(Client|Store|Service)?|memcached?(Client)?|kv(Store)?)$/i,
    kind: "cache",
    label: "cache",
    methods: /^(get|set|mget|mset|del|exists|expire|incr|decr|h[a-z]+|s(add|rem|members|ismember)|z[a-z]+|l(push|pop|range)|r(push|pop)|getOrSet|wrap|remember)$/i
  },
  {
    pattern: /^(db|database|prisma|knex|pool|pg|sql|conn(ection)?|tx|trx|manager|em|entityManager|dataSource|orm|mongo|client)$|(Repository|Repo|Dao|Collection)$/,
    kind: "db",
    label: "db",
    methods: /^(query|execute|exec|raw|find[A-Za-z]*|get(One|Many|By[A-Za-z]*)?|insert[A-Za-z]*|update[A-Za-z]*|delete[A-Za-z]*|remove|save|create[A-Za-z]*|upsert|count[A-Za-z]*|aggregate|select[A-Za-z]*|increment|decrement)$/
  },
  {
    pattern: /^(http(Client)?|api(Client)?|rest(Client)?)$|(ApiClient|HttpClient|Api)$/,
    kind: "network",
    label: "http",
    methods: /^(get|post|put|patch|delete|head|request|fetch|send)$/i
  },
  {
    pattern: /^(queue|producer|publisher|channel|bus|eventBus)$|(Queue|Producer|Publisher)$/,
    kind: "queue",
    label: "queue",
    methods: /^(add|publish|send|sendToQueue|enqueue|push|emit)$/
  }
];
var TELLING_MODULES = [
  { ...TELLING_NAMES[1], word: /^(prisma|db|database|drizzle|orm|postgres|pg|mysql|mongo(db)?|sql)$/ },
  { ...TELLING_NAMES[0], word: /^(redis|cache|kv|memcached?|valkey)$/ },
  {
    word: /^(email|emails|mailer|mail|smtp)$/,
    pattern: /^$/,
    kind: "network",
    label: "email",
    methods: /^(send[A-Za-z]*|deliver[A-Za-z]*)$/,
    functions: /^(send|deliver)[A-Z]\w*$/
  },
  { ...TELLING_NAMES[3], word: /^(queue|queues|jobs|bus|pubsub)$/, functions: /^(enqueue|publish|dispatch)[A-Z]?\w*$/ }
];

// src/catalog/prisma.ts
var PRISMA = [
  {
    label: "prisma",
    modules: ["@prisma/client"],
    kind: "db",
    // `Prisma` holds the generated types (`Prisma.TransactionClient`) and helpers (`Prisma.sql`, `Prisma.join`).
    exports: { PrismaClient: "constructor", Prisma: "namespace" },
    types: ["PrismaClient", "PrismaService", "TransactionClient"],
    operationDepth: 2,
    // `$extends` returns the client with extensions: still the client (`new PrismaClient().$extends(...)`).
    derive: ["$extends"],
    ignore: ["$on", "$use", "$connect", "$disconnect"],
    // Interactive transactions: 5 s to run, 2 s to wait for a connection. The pool's size is the URL's `connection_limit`, by default from the machine.
    settings: { $transaction: { timeouts: { timeout: 5e3, maxWait: 2e3 } }, "new PrismaClient": { limits: { "#connection_limit": "the Prisma default (2 x CPUs + 1)" } } },
    batches: [
      { batch: "findMany", single: ["findUnique", "findFirst", "findUniqueOrThrow", "findFirstOrThrow"], when: "in-filter" },
      { batch: "createMany", single: ["create", "upsert"] },
      { batch: "updateMany", single: ["update", "upsert"] },
      { batch: "deleteMany", single: ["delete"] }
    ]
  }
];

// src/catalog/queues.ts
var QUEUES = [
  {
    label: "kafka",
    modules: ["kafkajs"],
    kind: "queue",
    exports: { Kafka: "constructor" },
    types: ["Producer", "Consumer", "Kafka", "Admin"],
    derive: ["producer", "consumer", "admin", "transaction"],
    ignore: ["connect", "disconnect", "on", "events", "logger", "run", "subscribe"],
    batches: [{ batch: "sendBatch", single: ["send"] }]
  },
  {
    label: "amqp",
    modules: ["amqplib", "amqplib/callback_api", "amqp-connection-manager"],
    kind: "queue",
    exports: { connect: "factory", default: "handle", "*": "handle" },
    types: ["Channel", "ConfirmChannel", "Connection", "ChannelModel"],
    derive: ["createChannel", "createConfirmChannel"],
    ignore: [...EVENT_METHODS, "close", "ack", "nack", "prefetch", "consume", "reject"]
  },
  {
    label: "bullmq",
    modules: ["bullmq", "bull", "bee-queue"],
    kind: "queue",
    exports: { Queue: "constructor", default: "constructor", FlowProducer: "constructor" },
    types: ["Queue", "FlowProducer", "Job"],
    ignore: [...EVENT_METHODS, "close", "process", "name", "opts", "id", "data", "toJSON", "asJSON"],
    // Jobs fetched from the queue: each `job.remove()`, `job.retry()`, `job.getState()` is its own round trip.
    results: {
      getJob: "handle",
      getJobs: "handles",
      getWaiting: "handles",
      getActive: "handles",
      getDelayed: "handles",
      getCompleted: "handles",
      getFailed: "handles",
      getPrioritized: "handles",
      getWaitingChildren: "handles",
      add: "handle",
      addBulk: "handles"
    },
    batches: [{ batch: "addBulk", single: ["add"] }],
    // A worker's lock on a job lasts `lockDuration` and is checked every `stalledInterval`: how long a stuck job holds its slot.
    // A worker runs one job at a time; its connection is ioredis's, whose offline queue is on.
    settings: {
      "new Worker": { timeouts: { lockDuration: 3e4, stalledInterval: 3e4 }, limits: { concurrency: 1, "connection.enableOfflineQueue": null } },
      // A job with `attempts` and no `backoff` is retried at once.
      add: { backoff: "none" },
      "new Queue": { backoff: "none", limits: { "connection.enableOfflineQueue": null } }
    }
  },
  {
    // sqs-consumer hands the messages of one receive to `handleMessage` at once: `batchSize` is how many (one by default).
    label: "sqs",
    modules: ["sqs-consumer"],
    kind: "queue",
    exports: { Consumer: "constructor" },
    ignore: [...EVENT_METHODS, "start", "stop"],
    settings: { create: { limits: { batchSize: 1 } }, "new Consumer": { limits: { batchSize: 1 } } }
  },
  {
    label: "sqs",
    modules: ["sqs-producer"],
    kind: "queue",
    exports: { Producer: "constructor" },
    types: ["Producer"],
    ignore: [...EVENT_METHODS, "start", "stop"]
  },
  {
    // QStash delivers HTTP messages; a `Receiver` only verifies signatures, locally.
    label: "qstash",
    modules: ["@upstash/qstash", "@upstash/qstash/nextjs"],
    kind: "queue",
    exports: { Client: "constructor", Receiver: "not-io", verifySignature: "not-io", verifySignatureAppRouter: "not-io" },
    types: ["Client"],
    ignore: ["verify"],
    batches: [
      { batch: "batchJSON", single: ["publishJSON", "publish"] },
      { batch: "batch", single: ["publish", "publishJSON"] }
    ]
  }
];

// src/catalog/rpc.ts
var RPC = [
  {
    label: "grpc",
    modules: ["@grpc/grpc-js"],
    kind: "network",
    exports: { Client: "constructor", makeGenericClientConstructor: "factory" },
    ignore: ["close", "getChannel", "waitForReady"]
  },
  {
    label: "graphql",
    modules: ["graphql-request"],
    kind: "network",
    exports: { GraphQLClient: "constructor", request: "callable", rawRequest: "callable", default: "callable" },
    types: ["GraphQLClient"],
    ignore: ["setHeader", "setHeaders", "setEndpoint"]
  },
  {
    // Connect-RPC: `createClient(ElizaService, transport)`; each method of the service is a call.
    label: "connectrpc",
    modules: ["@connectrpc/connect", "@bufbuild/connect"],
    kind: "network",
    exports: { createClient: "factory", createPromiseClient: "factory", createCallbackClient: "factory" },
    types: ["Client", "PromiseClient"]
  }
];

// src/catalog/search.ts
var SEARCH_BATCHES = [
  { batch: "bulk", single: ["index", "create", "update", "delete"] },
  { batch: "mget", single: ["get"] },
  { batch: "msearch", single: ["search"] }
];
var SEARCH = [
  {
    label: "elasticsearch",
    modules: ["@elastic/elasticsearch"],
    kind: "db",
    exports: { Client: "constructor" },
    types: ["Client"],
    derive: ["child"],
    ignore: [...EVENT_METHODS, "close", "diagnostic", "connectionPool", "transport", "serializer"],
    batches: SEARCH_BATCHES
  },
  {
    label: "opensearch",
    modules: ["@opensearch-project/opensearch"],
    kind: "db",
    exports: { Client: "constructor" },
    types: ["Client"],
    derive: ["child"],
    ignore: [...EVENT_METHODS, "close", "connectionPool", "transport", "serializer", "extend"],
    batches: SEARCH_BATCHES
  }
];

// src/catalog/sequelize.ts
var SEQUELIZE = [
  {
    label: "sequelize",
    modules: ["sequelize", "sequelize-typescript"],
    kind: "db",
    exports: { Sequelize: "constructor", default: "constructor", Model: "constructor" },
    types: ["Sequelize", "ModelStatic", "ModelCtor"],
    derive: ["define", "model"],
    ignore: ["authenticate", "sync", "close", "build", "init", "hasMany", "belongsTo", "belongsToMany", "hasOne", "addHook", "getTableName"],
    batches: [
      { batch: "findAll", single: ["findOne", "findByPk"], when: "in-filter" },
      { batch: "bulkCreate", single: ["create", "upsert"] }
    ]
  }
];

// src/catalog/sharedb.ts
var SHAREDB = [
  {
    // `backend.connect().get(collection, id)` gives a document; `doc.create`, `doc.submitOp`,
    // `doc.fetch`, `doc.del` and queries are round trips to the backend's database.
    label: "sharedb",
    modules: ["sharedb", "sharedb/lib/client"],
    kind: "db",
    exports: { default: "constructor", Backend: "constructor", Connection: "constructor" },
    types: ["ShareDB", "Backend", "Connection", "Doc"],
    derive: ["connect", "get"],
    ignore: [...EVENT_METHODS, "use", "listen", "close", "destroy", "addProjection", "pause", "resume", "hasPending", "hasWritePending", "whenNothingPending"]
  }
];

// src/catalog/sql.ts
var SQL = [
  {
    label: "pg",
    modules: ["pg", "pg-pool", "postgres", "@neondatabase/serverless", "@vercel/postgres"],
    kind: "db",
    exports: { Pool: "constructor", Client: "constructor", default: "factory", "*": "handle", neon: "factory", sql: "callable" },
    types: ["Pool", "PoolClient", "Client", "Sql", "ClientBase"],
    derive: ["connect"],
    ignore: [...EVENT_METHODS, "release", "end", "escapeLiteral", "escapeIdentifier", "unsafe"],
    // node-postgres waits forever for a connection, a statement and a query unless told otherwise; a pool holds 10 connections.
    settings: {
      "new Pool": { timeouts: { connectionTimeoutMillis: null, statement_timeout: null, query_timeout: null }, limits: { max: 10 } },
      "new Client": { timeouts: { connectionTimeoutMillis: null, statement_timeout: null, query_timeout: null } },
      // pg-pool's class through a namespace import (`new PgPool.default({ max })`).
      "new default": { limits: { max: 10 } }
    }
  },
  {
    label: "mysql",
    modules: ["mysql2", "mysql2/promise", "mysql", "mariadb"],
    kind: "db",
    exports: { createPool: "factory", createConnection: "factory", createPoolCluster: "factory", default: "handle", "*": "handle" },
    types: ["Pool", "Connection", "PoolConnection"],
    derive: ["getConnection", "promise"],
    ignore: [...EVENT_METHODS, "release", "end", "escape", "format", "destroy"],
    // A pool holds 10 connections; calls beyond them wait, as many as come (`queueLimit` 0).
    settings: {
      createPool: { limits: { connectionLimit: 10, queueLimit: null } },
      createPoolCluster: { limits: { connectionLimit: 10, queueLimit: null } }
    }
  },
  {
    label: "sqlite",
    modules: ["better-sqlite3"],
    kind: "db",
    local: true,
    exports: { default: "constructor", "*": "constructor" },
    types: ["Database"],
    derive: ["prepare"],
    ignore: ["pragma", "close", "function", "aggregate", "transaction"]
  },
  {
    // `sql` builds a query fragment locally; the pool's methods run it.
    label: "slonik",
    modules: ["slonik"],
    kind: "db",
    exports: { createPool: "factory", sql: "not-io", createSqlTag: "not-io" },
    types: ["DatabasePool", "DatabaseConnection", "DatabaseTransactionConnection", "CommonQueryMethods"],
    ignore: ["end", "configuration", "getPoolState"]
  },
  {
    label: "planetscale",
    modules: ["@planetscale/database"],
    kind: "db",
    exports: { connect: "factory", Client: "constructor", Connection: "constructor" },
    types: ["Connection", "Client"],
    derive: ["connection"]
  }
];

// src/catalog/supabase.ts
var SUPABASE = [
  {
    label: "supabase",
    modules: ["@supabase/supabase-js", "@supabase/ssr", "@supabase/auth-helpers-nextjs"],
    kind: "db",
    exports: { createClient: "factory", createServerClient: "factory", createBrowserClient: "factory", SupabaseClient: "constructor", createRouteHandlerClient: "factory", createServerComponentClient: "factory", createClientComponentClient: "factory" },
    types: ["SupabaseClient"],
    derive: ["from", "schema"],
    builder: true,
    ignore: ["channel", "removeChannel", "removeAllChannels", "getChannels", "onAuthStateChange", "realtime"]
  }
];

// src/catalog/typeorm.ts
var TYPEORM = [
  {
    label: "typeorm",
    modules: ["typeorm"],
    kind: "db",
    exports: { DataSource: "constructor", createConnection: "factory", getRepository: "factory", getManager: "factory", getConnection: "factory" },
    types: ["Repository", "EntityManager", "DataSource", "Connection", "TreeRepository", "MongoRepository", "QueryRunner"],
    derive: ["getRepository", "getTreeRepository", "getMongoRepository", "manager", "createQueryRunner", "withRepository"],
    builder: true,
    // A query builder is built in memory and runs at its terminal method.
    pipeline: {
      methods: ["createQueryBuilder"],
      flush: ["getMany", "getOne", "getOneOrFail", "getRawMany", "getRawOne", "getCount", "getManyAndCount", "getRawAndEntities", "getExists", "execute", "stream"],
      name: "queryBuilder"
    },
    ignore: ["create", "merge", "hasId", "getId", "metadata", "target", "initialize", "destroy", "getMetadata", "hasMetadata", "isInitialized", "options"],
    batches: [
      { batch: "findBy", single: ["findOne", "findOneBy", "findOneOrFail", "findOneByOrFail"], when: "in-filter" },
      { batch: "find", single: ["findOne", "findOneBy", "findOneOrFail", "findOneByOrFail"], when: "in-filter" },
      { batch: "insert", single: ["insert", "save"], when: "array-arg" },
      { batch: "save", single: ["save"], when: "array-arg" }
    ]
  }
];

// src/catalog/retry.ts
var RETRY_WRAPPERS = {
  // p-retry: `retries` defaults to 10, backing off exponentially (`factor` 2), `randomize` false.
  pRetry: { retries: { retries: { value: 10, attempts: false } }, backoff: "exponential", jitter: false },
  // axios-retry: `retries` defaults to 3, with no delay between them (`noDelay`).
  axiosRetry: { retries: { retries: { value: 3, attempts: false } }, backoff: "none" }
};

// src/catalog/limiters.ts
var LIMITERS = {
  // p-queue and p-map: `concurrency` defaults to Infinity.
  "new PQueue": { limits: { concurrency: null } },
  pMap: { limits: { concurrency: null } },
  // Bottleneck: `maxConcurrent` defaults to null, no limit.
  "new Bottleneck": { limits: { maxConcurrent: null } },
  // An `http.Agent` by another module (agentkeepalive): `maxSockets` defaults to Infinity.
  "new Agent": { limits: { maxSockets: null } },
  // A queue worker from a module the catalog does not claim (a BullMQ fork or wrapper): BullMQ's one job at a time.
  "new Worker": { limits: { concurrency: 1 } }
};
var LIMITER_MODULES = ["p-limit", "p-queue", "bottleneck", "p-throttle", "async-sema", "@supercharge/promise-pool"];

// src/catalog/index.ts
var FAMILIES = [
  { name: "cache", title: "Caches", libraries: CACHE },
  { name: "in-process", title: "Never I/O: limiters, in-memory caches, metrics, logging", libraries: IN_PROCESS },
  { name: "prisma", title: "Prisma", libraries: PRISMA },
  { name: "typeorm", title: "TypeORM", libraries: TYPEORM },
  { name: "sequelize", title: "Sequelize", libraries: SEQUELIZE },
  { name: "mongo", title: "MongoDB", libraries: MONGO },
  { name: "builders", title: "SQL query builders", libraries: BUILDERS },
  { name: "drizzle", title: "Drizzle", libraries: DRIZZLE },
  { name: "sql", title: "SQL drivers", libraries: SQL },
  { name: "http", title: "HTTP clients", libraries: HTTP },
  { name: "aws", title: "AWS SDK", libraries: AWS },
  { name: "apis", title: "SaaS APIs", libraries: APIS },
  { name: "rpc", title: "RPC", libraries: RPC },
  { name: "queues", title: "Queues and streams", libraries: QUEUES },
  { name: "search", title: "Search", libraries: SEARCH },
  { name: "analytics", title: "Analytics stores", libraries: ANALYTICS },
  { name: "supabase", title: "Supabase", libraries: SUPABASE },
  { name: "firebase", title: "Firebase", libraries: FIREBASE },
  { name: "sharedb", title: "Realtime documents", libraries: SHAREDB },
  { name: "email", title: "Email", libraries: EMAIL }
];
var CATALOG = FAMILIES.flatMap((f) => f.libraries);
var Catalog = class {
  constructor(extra = [], extraNames = []) {
    this.extra = extra;
    this.names = [...extraNames, ...TELLING_NAMES];
    this.namePatterns = this.names.map((n) => n.pattern);
  }
  extra;
  names;
  /** The receiver names the fact pass keeps calls on (`names`' patterns): plain data, so a worker thread gets them too. */
  namePatterns;
  /**
   * A module that is not in the repository and not a package of the catalog, whose path and
   * imported name both name one library: the output of a client generator that is not committed
   * (`import { PrismaClient } from '../generated/prisma/client'`), or a file a partial checkout
   * lacks. Both must agree: the path names the library's label, and the name is one of its
   * constructors or factories.
   */
  generatedClient(specifier, name) {
    const words = specifier.toLowerCase().split(/[^a-z0-9]+/);
    for (const lib of [...this.extra, ...CATALOG]) {
      const role = Object.hasOwn(lib.exports, name) ? lib.exports[name] : void 0;
      if ((role === "constructor" || role === "factory") && name !== "default" && words.includes(lib.label)) return lib;
    }
    return void 0;
  }
  /**
   * The library a scoped republication of a catalog package is (`@silverhand/slonik` is slonik,
   * `@acme/ioredis` is ioredis), for the names that library itself exports as constructors,
   * factories or types: a fork keeps its names. Other names of such a package (a framework
   * module's `InjectRepository`) say nothing.
   */
  republished(specifier, name) {
    const m = /^@[^/]+\/([^/]+)$/.exec(specifier);
    if (!m || specifier.startsWith("@types/") || name === "default" || name === "*") return void 0;
    const lib = this.forModule(m[1]);
    if (!lib) return void 0;
    const role = Object.hasOwn(lib.exports, name) ? lib.exports[name] : void 0;
    return role === "constructor" || role === "factory" || matchesTypeName(lib.types, name) ? lib : void 0;
  }
  /** What a package outside the revision may export, judged from its name (`@acme/db`, `@acme/redis`), or undefined. */
  moduleHint(specifier) {
    if (!/^[@~#]/.test(specifier)) return void 0;
    const segments = specifier.split("/").slice(1).reverse();
    if (specifier.startsWith("#")) segments.push(specifier.slice(1).split("/")[0]);
    for (const segment of segments) {
      const words = [segment, ...segment.split(/[-_.]/)].map((w) => w.toLowerCase());
      for (const word of words) for (const hint of TELLING_MODULES) if (hint.word.test(word)) return hint;
    }
    return void 0;
  }
  forModule(specifier) {
    for (const lib of this.extra) if (lib.modules.includes(specifier)) return lib;
    return librariesForModule(specifier);
  }
};
var DEFAULT_CATALOG = new Catalog();
function librariesForModule(specifier) {
  for (const lib of CATALOG) {
    for (const m of lib.modules) {
      if (m === specifier) return lib;
      if (m.endsWith("/*") && specifier.startsWith(m.slice(0, -1))) return lib;
    }
  }
  return void 0;
}
function matchesTypeName(patterns, name) {
  if (!patterns) return false;
  return patterns.some((p) => p.startsWith("*") ? name.endsWith(p.slice(1)) && name.length > p.length - 1 : p === name);
}

// src/model/settings.ts
var MAX_DEPTH = 12;
var Evaluator = class {
  constructor(model) {
    this.model = model;
  }
  model;
  evaluate(val, file, depth = 0) {
    const at = { file, line: val.line };
    if (depth > MAX_DEPTH) return { k: "unknown", text: "too deep", at };
    switch (val.k) {
      case "num":
      case "str":
      case "bool":
        return { k: val.k, v: val.v, at };
      case "null":
        return { k: "null", at };
      case "env":
        return { k: "env", name: val.name, at };
      case "fn":
        return { k: "fn", text: val.text, at };
      case "expr":
        return { k: "unknown", text: val.text, at };
      case "arr":
        return { k: "arr", items: val.items.map((x) => this.evaluate(x, file, depth + 1)), at };
      case "obj": {
        const props = /* @__PURE__ */ new Map();
        const spreads = [];
        for (const entry of val.entries) {
          if ("spread" in entry) {
            const spread = this.evaluate(entry.spread, file, depth + 1);
            if (spread.k === "obj") {
              for (const [k, v] of spread.props) props.set(k, v);
              spreads.push(...spread.spreads ?? []);
            } else if (spread.k !== "null") spreads.push(describe(spread));
          } else props.set(entry.key, this.evaluate(entry.val, file, depth + 1));
        }
        return spreads.length ? { k: "obj", props, at, opaque: true, spreads } : { k: "obj", props, at };
      }
      case "ref": {
        return readThrough(this.constant(val.name, val.sym.t === "import" ? val.sym : void 0, file, depth, at), at);
      }
      case "member": {
        if (val.of.k === "ref" && val.of.sym.t !== "import" && own(this.facts(file)?.classes, val.of.name)) {
          const v = this.field(val.of.name, val.name, file, depth + 1, at);
          if (v.k !== "unknown") return readThrough(v, at);
        }
        const of = this.evaluate(val.of, file, depth + 1);
        if (of.k === "obj") return of.props.get(val.name) ?? { k: "null", at };
        return { k: "unknown", text: `${describe(of)}.${val.name}`, at };
      }
      case "op":
        return this.operate(val.op, this.evaluate(val.l, file, depth + 1), () => this.evaluate(val.r, file, depth + 1), at);
      case "call":
        return this.call(val.callee, val.args.map((a) => this.evaluate(a, file, depth + 1)), at);
      case "field":
        return readThrough(this.field(val.cls, val.name, file, depth + 1, at), at);
      case "cond": {
        const a = this.evaluate(val.a, file, depth + 1);
        const b = this.evaluate(val.b, file, depth + 1);
        if (describe(a) === describe(b)) return a;
        return { k: "either", items: [a, b], at };
      }
    }
  }
  /** A module-level constant of this file, or one imported from another (through re-exports). */
  constant(name, imported, file, depth, at) {
    if (!imported) {
      const val = own(this.facts(file)?.constants, name);
      return val ? this.evaluate(val, file, depth + 1) : { k: "unknown", text: name, at };
    }
    const target = this.model.resolveModule(file, imported.module);
    if (!target) return { k: "unknown", text: name, at };
    return this.exported(target, imported.name, depth + 1, at, name);
  }
  exported(file, name, depth, at, shownAs) {
    const facts = this.facts(file, name);
    if (!facts || depth > MAX_DEPTH) return { k: "unknown", text: shownAs, at };
    const local = own(facts.exportLocals, name);
    const constant = local === void 0 ? void 0 : own(facts.constants, local);
    if (constant) return this.evaluate(constant, file, depth + 1);
    const reexport = own(facts.exports, name);
    if (reexport?.t === "import") {
      const next = this.model.resolveModule(file, reexport.module);
      if (next) return this.exported(next, reexport.name, depth + 1, at, shownAs);
    }
    for (const star of facts.starExports) {
      const next = this.model.resolveModule(file, star);
      if (!next) continue;
      const value = this.exported(next, name, depth + 1, at, shownAs);
      if (value.k !== "unknown" || value.text !== shownAs) return value;
    }
    return { k: "unknown", text: shownAs, at };
  }
  /** A field's initializer in class `cls` of `file`, or in the class it extends (in this file or imported). */
  field(cls, name, file, depth, at) {
    const unknown = { k: "unknown", text: `this.${name}`, at };
    const c = own(this.facts(file)?.classes, cls);
    if (!c || depth > MAX_DEPTH) return unknown;
    const init = own(c.values, name);
    if (init) return this.evaluate(init, file, depth + 1);
    if (own(c.fields, name)) return unknown;
    const base = c.extends;
    if (base?.t === "class") return this.field(base.name, name, file, depth + 1, at);
    if (base?.t === "import") {
      const target = this.model.resolveModule(file, base.module);
      const facts = target ? this.facts(target) : void 0;
      if (!target || !facts) return unknown;
      const local = own(facts.exportLocals, base.name) ?? base.name;
      const v = this.field(local, name, target, depth + 1, at);
      return v.k === "unknown" ? unknown : v;
    }
    return unknown;
  }
  operate(op, l, right, at) {
    if (op === "??" || op === "||") {
      if (l.k === "env") return { ...l, fallback: right() };
      if (l.k === "null" || l.k === "unknown" || op === "||" && (l.k === "num" && l.v === 0 || l.k === "bool" && !l.v || l.k === "str" && l.v === "")) return right();
      return l;
    }
    const r = right();
    if (l.k === "num" && r.k === "num") {
      const v = op === "*" ? l.v * r.v : op === "+" ? l.v + r.v : op === "-" ? l.v - r.v : op === "/" ? l.v / r.v : op === "**" ? l.v ** r.v : NaN;
      return { k: "num", v, at: r.at.line === l.at.line && r.at.file === l.at.file ? l.at : at };
    }
    if (l.k === "env" || r.k === "env") return { k: "env", name: l.k === "env" ? l.name : r.name, at };
    return { k: "unknown", text: `${describe(l)} ${op} ${describe(r)}`, at };
  }
  call(callee, args, at) {
    const first = args[0];
    if (/(^|\.)(ms|parseDuration|toMs|duration)$/.test(callee) && first?.k === "str") {
      const ms = parseDuration(first.v);
      if (ms !== void 0) return { k: "num", v: ms, at: first.at, text: `'${first.v}'` };
    }
    if (/^(Number|parseInt|parseFloat|Math\.floor|Math\.round)$/.test(callee) && first) return first;
    if (/^(seconds|Duration\.seconds)$/.test(callee) && first?.k === "num") return { k: "num", v: first.v * 1e3, at: first.at };
    return { k: "call", callee, args, at };
  }
  /** A file's facts; `name`: the one export wanted of it (a barrel's other files are then read, not parsed). */
  facts(file, name) {
    return this.model.loader.facts(file, name);
  }
};
function readThrough(v, at) {
  return v.at.file === at.file && v.at.line === at.line ? v : { ...v, via: at };
}
function parseDuration(text) {
  const m = /^\s*(-?\d*\.?\d+)\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)?\s*$/i.exec(text);
  if (!m) return void 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "ms").toLowerCase();
  if (unit.startsWith("ms") || unit.startsWith("milli")) return n;
  if (unit.startsWith("s")) return n * 1e3;
  if (unit.startsWith("m")) return n * 6e4;
  if (unit.startsWith("h")) return n * 36e5;
  return n * 864e5;
}
function describe(v) {
  switch (v.k) {
    case "num":
      return v.text ?? (v.v === Infinity ? "Infinity" : String(v.v));
    case "str":
      return JSON.stringify(v.v);
    case "bool":
      return String(v.v);
    case "null":
      return "unset";
    case "env":
      return `process.env.${v.name}${v.fallback ? ` ?? ${describe(v.fallback)}` : ""}`;
    case "obj":
      return `{ ${[...v.props.keys()].join(", ")} }`;
    case "arr":
      return `[${v.items.map(describe).join(", ")}]`;
    case "call":
      return `${v.callee}(${v.args.map(describe).join(", ")})`;
    case "either":
      return v.items.map(describe).join(" or ");
    case "fn":
    case "unknown":
      return v.text;
  }
}
function settingSites(model, paths) {
  const evaluator = new Evaluator(model);
  const out = [];
  const loader = model.loader;
  for (const file of paths) {
    const facts = loader.facts(file);
    if (!facts) continue;
    model.quietly(!!loader.quiet || !model.inChange(file), () => sitesOf(model, evaluator, file, facts, out));
  }
  linkClients(out);
  return out;
}
function sitesOf(model, evaluator, file, facts, out) {
  for (const fn of facts.functions) {
    for (const s of fn.settings ?? []) {
      const args = s.args.map((a) => evaluator.evaluate(a, file));
      const options2 = /* @__PURE__ */ new Map();
      for (const a of args) if (a.k === "obj") for (const [k, v] of a.props) options2.set(k, v);
      const identity2 = identityOf(args);
      const value = s.role ? void 0 : model.resolve(s.callee, file);
      const { key, kind, defaults: defaults2 } = siteKey(model, s, file, value);
      const wraps = value && wrapperOf(model, value);
      const params = value && paramsOf(model, evaluator, value, s.isNew);
      out.push({ file, fnId: fn.id, key, text: s.text, span: s.span, ...s.role ? { role: s.role } : {}, args, options: options2, loops: s.loops.map((i) => fn.loops[i]), kind, identity: identity2, ...defaults2 ? { defaults: defaults2 } : {}, ...wraps ? { wraps } : {}, ...params ? { params } : {}, ...s.boundTo ? { boundTo: s.boundTo } : {} });
    }
    const taken = new Set((fn.settings ?? []).map((x) => `${x.span.line}:${x.span.column}`));
    for (const call of fn.calls ?? []) {
      const lead = call.lead ?? [];
      if (call.reference || lead.length < 2 || !lead.some((a) => a.k === "call") || taken.has(`${call.span.line}:${call.span.column}`)) continue;
      const value = model.resolve(call.callee, file);
      const wraps = wrapperOf(model, value);
      if (!wraps || lead.length <= Math.max(wraps.promise, wraps.ms)) continue;
      const args = lead.map((a) => evaluator.evaluate(a, file));
      const { key } = siteKey(model, { callee: call.callee, text: call.text, isNew: false }, file, value);
      out.push({ file, fnId: fn.id, key, text: call.text, span: call.span, args, options: /* @__PURE__ */ new Map(), loops: call.loops.map((i) => fn.loops[i]), kind: "other", identity: identityOf(args), wraps });
    }
    for (const loop of fn.loops) {
      if (loop.bound !== "retry") continue;
      const at = { file, line: loop.line };
      const options2 = /* @__PURE__ */ new Map();
      if (loop.limit) options2.set("limit", evaluator.evaluate(loop.limit, file));
      else if (loop.count !== void 0) options2.set("limit", { k: "num", v: loop.count, at });
      else if (loop.recursive) options2.set("limit", { k: "num", v: Infinity, at });
      options2.set("sleeps", { k: "bool", v: !!loop.sleeps, at });
      options2.set("jitter", { k: "bool", v: !!loop.jitter, at });
      if (loop.retryOn) options2.set("retryOn", { k: "str", v: loop.retryOn, at });
      const span = { line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column };
      out.push({ file, fnId: fn.id, key: "retry-loop", text: loop.header, span, role: "retry-loop", args: [], options: options2, loops: [], kind: "other", identity: loop.header, ...loop.recursive ? { recursive: true } : {} });
    }
  }
}
function receiverOf(callText) {
  const text = callText.replace(/\s+/g, "");
  const dot = text.lastIndexOf(".");
  return dot > 0 ? text.slice(0, dot) : void 0;
}
function clientNamed(sites, file, name) {
  return name === void 0 ? void 0 : sites.find((s) => !s.role && s.file === file && s.boundTo === name);
}
function linkClients(sites, among = sites) {
  const byName = /* @__PURE__ */ new Map();
  for (const s of among) if (s.boundTo && !s.role) byName.set(`${s.file}\0${s.boundTo}`, s);
  if (!byName.size) return;
  for (const s of sites) {
    const receiver = s.role || s.key.startsWith("new ") ? void 0 : receiverOf(s.text);
    const client = receiver ? byName.get(`${s.file}\0${receiver}`) : void 0;
    if (client && client !== s) s.client = client;
  }
}
function wrapperOf(model, value) {
  if (value.v !== "fn") return void 0;
  return model.functionFact(value.file, value.id)?.raceWrapper;
}
function paramsOf(model, evaluator, value, isNew2) {
  const target = value.v === "fn" && !isNew2 ? { file: value.file, id: value.id } : value.v === "class" && isNew2 ? { file: value.file, id: `${value.name}.constructor` } : void 0;
  const list = target && model.functionFact(target.file, target.id)?.settingParams;
  if (!list?.length) return void 0;
  return list.map((p) => ({ index: p.index, name: p.name, ...p.prop ? { prop: true } : {}, ...p.init ? { default: evaluator.evaluate(p.init, target.file) } : {} }));
}
function siteKey(model, s, file, resolved) {
  if (s.role) return { key: s.role, kind: "other" };
  const value = resolved ?? model.resolve(s.callee, file);
  const last = s.text.replace(/^new /, "").split(".").pop() ?? s.text;
  const prefix2 = s.isNew ? "new " : "";
  const of = (key, lib) => {
    const defaults2 = lib.settings && settingDefaults(lib, last, s.isNew);
    return { key, kind: lib.kind, ...defaults2 ? { defaults: defaults2 } : {} };
  };
  const root = s.callee.t === "member" ? s.callee.of : s.callee;
  if (root.t === "import" && (value.v === "unknown" || value.v === "not-io")) {
    const lib = model.catalog.forModule(root.module);
    if (lib && lib.kind !== "other") return of(`${prefix2}${lib.label}.${last}`, lib);
  }
  switch (value.v) {
    case "handle":
      return of(`${prefix2}${value.lib.label}${value.path.length ? "." + value.path.join(".") : ""}`, value.lib);
    case "constructor":
    case "factory":
      return of(`${prefix2}${value.lib.label}.${last}`, value.lib);
    case "callable":
      return of(value.name === value.lib.label ? value.lib.label : `${value.lib.label}.${value.name}`, value.lib);
    default: {
      const wrapper = !s.isNew && Object.hasOwn(RETRY_WRAPPERS, last) ? RETRY_WRAPPERS[last] : void 0;
      const defaults2 = wrapper ?? settingDefaults({ settings: LIMITERS }, last, s.isNew);
      return { key: `${prefix2}${last}`, kind: "other", ...defaults2 ? { defaults: defaults2 } : {} };
    }
  }
}
function spreadsOf(site) {
  const out = /* @__PURE__ */ new Set();
  const walk = (v, depth) => {
    if (v.k !== "obj" || depth > 3) return;
    for (const x of v.spreads ?? []) out.add(x);
    for (const x of v.props.values()) walk(x, depth + 1);
  };
  site.args.forEach((a) => walk(a, 0));
  return out;
}
function identityOf(args) {
  return args.filter((a) => a.k !== "obj" && a.k !== "fn").map(describe).join(", ");
}
function bareSites(model, file, fnId, key, claimed) {
  const fn = model.functionFact(file, fnId);
  const evaluator = new Evaluator(model);
  const out = [];
  for (const call of fn?.calls ?? []) {
    if (call.reference || claimed?.has(`${call.span.line}:${call.span.column}`)) continue;
    const value = model.resolve(call.callee, file);
    const k = siteKey(model, { callee: call.callee, text: call.text, isNew: false }, file, value);
    if (k.key !== key) continue;
    const identity2 = identityOf((call.lead ?? []).map((a) => evaluator.evaluate(a, file)));
    const params = paramsOf(model, evaluator, value, false);
    out.push({ file, fnId, key, text: call.text, span: call.span, args: [], options: /* @__PURE__ */ new Map(), loops: call.loops.map((i) => fn.loops[i]), kind: k.kind, identity: identity2, ...k.defaults ? { defaults: k.defaults } : {}, ...params ? { params } : {} });
  }
  return out;
}

// src/match/settings.ts
function newSpreads(base, head) {
  const before = spreadsOf(base);
  return [...spreadsOf(head)].filter((x) => !before.has(x));
}
function bareCallSite(model, file, fnId, key, wanted, claimed, sites = []) {
  const candidates = bareSites(model, file, fnId, key, claimed);
  const site = candidates.find((c) => c.identity === wanted) ?? candidates[0];
  if (site) {
    claimed?.add(`${site.span.line}:${site.span.column}`);
    linkClients([site], sites);
  }
  return site;
}
function pairSettings(base, head, baseFileOf, bare, bareBase) {
  const pairs = [];
  const groups = /* @__PURE__ */ new Map();
  const groupKey = (file, s) => `${file}\0${s.fnId}\0${s.key}`;
  for (const b of base) groups.set(groupKey(b.file, b), [...groups.get(groupKey(b.file, b)) ?? [], b]);
  const leftover = [];
  const unpairedHead = [];
  for (const h of head) {
    const baseFile = baseFileOf(h.file);
    const list = baseFile ? groups.get(groupKey(baseFile, h)) : void 0;
    const i = list ? list.findIndex((b) => (b.identity ?? "") === (h.identity ?? "")) : -1;
    if (list && i >= 0) pairs.push({ base: list.splice(i, 1)[0], head: h });
    else unpairedHead.push(h);
  }
  for (const h of unpairedHead) {
    const baseFile = baseFileOf(h.file);
    const b = baseFile ? groups.get(groupKey(baseFile, h))?.shift() : void 0;
    if (b) pairs.push({ base: b, head: h });
    else leftover.push(h);
  }
  const byFnKey = /* @__PURE__ */ new Map();
  for (const list of groups.values()) for (const b of list) byFnKey.set(`${b.fnId}\0${b.key}`, [...byFnKey.get(`${b.fnId}\0${b.key}`) ?? [], b]);
  for (const h of leftover) {
    const b = byFnKey.get(`${h.fnId}\0${h.key}`)?.shift();
    if (b) {
      const list = groups.get(groupKey(b.file, b));
      list?.splice(list.indexOf(b), 1);
      pairs.push({ base: b, head: h });
    } else pairs.push({ head: h });
  }
  const unpairedByFileKey = /* @__PURE__ */ new Map();
  for (const p of pairs) {
    if (p.base || !p.head || p.head.role || p.head.wraps) continue;
    const k = `${baseFileOf(p.head.file)}\0${p.head.key}`;
    unpairedByFileKey.set(k, [...unpairedByFileKey.get(k) ?? [], p]);
  }
  const baseLeftByFileKey = /* @__PURE__ */ new Map();
  for (const list of groups.values()) for (const b of list) baseLeftByFileKey.set(`${b.file}\0${b.key}`, (baseLeftByFileKey.get(`${b.file}\0${b.key}`) ?? 0) + 1);
  for (const list of groups.values()) {
    for (const b of list) {
      const k = `${b.file}\0${b.key}`;
      const mapped = unpairedByFileKey.get(k) ?? [];
      if (!b.role && !b.wraps && mapped.length === 1 && baseLeftByFileKey.get(k) === 1) {
        mapped[0].base = b;
        unpairedByFileKey.delete(k);
        continue;
      }
      const h = b.role ? void 0 : bare?.(b);
      pairs.push(h ? { base: b, head: h } : { base: b });
    }
  }
  if (bareBase) {
    for (const p of pairs) {
      if (p.base || !p.head || p.head.role || p.head.options.size === 0) continue;
      const b = bareBase(p.head);
      if (b) p.base = b;
    }
  }
  return pairs;
}

// src/model/multiplicity.ts
var REPEATS = /* @__PURE__ */ new Set(["paginated", "polling", "retry", "pool"]);
function multiplicityOf(loops) {
  const m = { degree: 0, constant: 1, unboundedParallel: false, uncertain: false, factors: [], repeats: [] };
  for (const loop of loops) {
    if (REPEATS.has(loop.bound)) {
      m.repeats.push(loop);
      continue;
    }
    if (loop.bound === "literal" && loop.count !== void 0 && loop.count <= 1) continue;
    m.factors.push(loop);
    if (loop.bound === "literal") {
      m.constant *= Math.max(1, loop.count ?? 1);
      continue;
    }
    if (loop.bound === "chunked") continue;
    m.degree += 1;
    if (loop.bound === "unknown") m.uncertain = true;
    if (loop.parallel && !loop.concurrency) m.unboundedParallel = true;
  }
  return m;
}
var LETTERS = ["N", "M", "K", "L", "P"];
function formatMultiplicity(m) {
  const parts = [];
  if (m.constant > 1) parts.push(String(m.constant));
  for (let i = 0; i < m.degree; i++) parts.push(LETTERS[i] ?? `N${i}`);
  return parts.length ? parts.join("*") : "1";
}
function describeMultiplicity(m) {
  if (m.factors.length === 0) return "once per call";
  const per = m.factors.filter((f) => f.bound !== "literal" && f.bound !== "chunked").map((f) => f.bound === "unknown" ? `per iteration of ${iterationName(f)}` : `per item of \`${collectionName(f.over)}\``);
  const times = m.constant > 1 ? `${m.constant} times` : "once";
  const chunks = m.factors.filter((f) => f.bound === "chunked");
  if (per.length === 0 && chunks.length && m.constant === 1) return `once per ${chunks[0].groups ? "group" : "chunk"} of \`${collectionName(chunks[0].over)}\``;
  const literals = m.factors.filter((f) => f.bound === "literal");
  if (per.length === 0 && literals.length && literals.every((f) => f.pages)) return `up to ${m.constant} times per call (one per page, \`${literals.map((f) => f.over).join("`, `")}\`)`;
  if (per.length === 0 && literals.length && literals.every((f) => f.pushes)) return `up to ${m.constant} times per call (\`${literals.map((f) => f.over).join("`, `")}\` holds what its pushes put in it)`;
  if (per.length === 0 && literals.length && literals.every((f) => f.capped)) return `up to ${m.constant} times per call (\`${literals.map((f) => `${f.over}\` cut to \`${f.capped}`).join("`, `")}\`)`;
  if (per.length === 0 && literals.length && literals.every((f) => f.ofDefault)) return `up to ${m.constant} times per call (\`${literals.map((f) => `${f.over} = ${f.ofDefault}`).join("`, `")}\`)`;
  if (per.length === 0) return `${m.constant} times per call (a literal list)`;
  return `${times} ${per.join(" ")}`;
}
var MAX_NAME = 40;
function collectionName(over) {
  if (over.length <= MAX_NAME) return over;
  const callee = /^[\w$]+(?:\??\.[\w$]+)*(?=\s*\()/.exec(over);
  return callee ? `${callee[0]}(...)` : `${over.slice(0, MAX_NAME).trimEnd()}...`;
}
function iterationName(f) {
  const keyword = f.kind === "do" ? "do...while" : f.kind === "while" || f.kind === "for" ? f.kind : void 0;
  return keyword ? `the \`${keyword}\` loop at line ${f.line}` : `\`${collectionName(f.header)}\``;
}
function compareMultiplicity(a, b) {
  if (a.degree !== b.degree) return a.degree - b.degree;
  return a.constant - b.constant;
}

// src/match/routes.ts
function groupByKey(paths) {
  const out = /* @__PURE__ */ new Map();
  for (const path5 of paths) {
    const list = out.get(path5.effect.key) ?? [];
    list.push({ path: path5, m: multiplicityOf(path5.loops) });
    out.set(path5.effect.key, list);
  }
  return out;
}
function outerLoop(p) {
  const loop = p.loops[0];
  return loop ? `${loop.file}|${loop.fnId}|${loop.header}` : "";
}
function siteIdentity(p) {
  return `${p.fnId}|${p.callText}`;
}
function pairRoutes(base, head, claim = () => false) {
  const out = [];
  const left = [...base];
  const rewritten = [];
  const remaining = [];
  for (const h of head) {
    const i = left.findIndex((b) => siteIdentity(b.path) === siteIdentity(h.path) && outerLoop(b.path) === outerLoop(h.path));
    if (i < 0) {
      remaining.push(h);
      continue;
    }
    out.push({ head: h, base: left.splice(i, 1)[0], by: "site" });
  }
  const byRank = (a, b) => compareMultiplicity(b.m, a.m);
  left.sort(byRank);
  const unclaimed = remaining.sort(byRank).filter((h) => !claim(h));
  const unpaired = [];
  for (const h of unclaimed) {
    const loop = outerLoop(h.path);
    const i = loop ? left.findIndex((b) => outerLoop(b.path) === loop) : -1;
    if (i >= 0) {
      const b = left.splice(i, 1)[0];
      rewritten.push(b);
      out.push({ head: h, base: b, by: "loop" });
    } else unpaired.push(h);
  }
  for (const h of unpaired) {
    const loop = outerLoop(h.path);
    const again = loop ? rewritten.filter((b2) => outerLoop(b2.path) === loop).sort(byRank)[0] : void 0;
    if (again) {
      out.push({ head: h, base: again, by: "loop" });
      continue;
    }
    const b = left.shift();
    out.push({ head: h, base: b ?? null, by: b ? "rank" : "none" });
  }
  return out;
}

// src/match/calls.ts
function callSettings(sites, route) {
  const own2 = sites.find((s) => !s.role && s.file === route.file && s.fnId === route.fnId && s.span.line === route.span.line && s.span.column === route.span.column);
  const receiver = receiverOf(route.callText);
  const client = own2?.client ?? clientNamed(sites, route.file, receiver);
  const lib = route.effect.lib;
  const name = route.callText.split(".").pop() ?? route.callText;
  const onLibrary = !receiver || !!lib && receiver.split(".")[0] === lib.label;
  const defaults2 = client?.defaults ?? (lib && onLibrary ? settingDefaults(lib, name, false) : void 0);
  return { ...own2 ? { own: own2 } : {}, ...client ? { client } : {}, ...defaults2 ? { defaults: defaults2 } : {}, ...lib ? { library: lib.label } : {} };
}
function pairedSite(view, site) {
  return !!site && view.settings.some((p) => p.base === site && !!p.head || p.head === site && !!p.base);
}
function moved(view, entry, base, head, how) {
  const side3 = (sites, route) => {
    const s = callSettings(sites, route);
    return pairedSite(view, s.own) ? { ...s, ownPaired: true } : s;
  };
  return { entry, base, head, how, settings: { base: side3(view.sites.base, base), head: side3(view.sites.head, head) } };
}
function movedCalls(view) {
  const out = [];
  const byKey = (paths) => {
    const m = /* @__PURE__ */ new Map();
    for (const p of paths) if (p.steps.length === 0 && p.effect.kind !== "other") m.set(p.effect.key, [...m.get(p.effect.key) ?? [], p]);
    return m;
  };
  for (const entry of view.entries) {
    if (!entry.base || !entry.head || !view.touches(entry.head.file, entry.head.span)) continue;
    const [baseByKey, headByKey] = [byKey(entry.basePaths), byKey(entry.headPaths)];
    for (const [key, heads] of headByKey) {
      const bases = baseByKey.get(key);
      const texts = new Set(bases?.map((x) => x.callText));
      if (!bases || heads.every((h) => texts.has(h.callText))) continue;
      for (const pair2 of pairRoutes(groupByKey(bases).get(key), groupByKey(heads).get(key))) {
        const b = pair2.base?.path;
        const h = pair2.head.path;
        if (b && receiverOf(b.callText) !== receiverOf(h.callText)) out.push(moved(view, entry, b, h, "client"));
      }
    }
    const gone = [...baseByKey].filter(([k]) => !headByKey.has(k)).flatMap(([, l]) => l);
    const came = [...headByKey].filter(([k]) => !baseByKey.has(k)).flatMap(([, l]) => l);
    for (const kind of new Set(gone.map((p) => p.effect.kind))) {
      const b = gone.filter((p) => p.effect.kind === kind);
      const h = came.filter((p) => p.effect.kind === kind);
      if (b.length === 1 && h.length === 1 && b[0].effect.lib && h[0].effect.lib && b[0].effect.lib !== h[0].effect.lib) out.push(moved(view, entry, b[0], h[0], "library"));
    }
  }
  return out;
}

// src/model/options/index.ts
var NEVER_MS = 2 ** 31 - 1;
function formatMs(ms) {
  if (ms === Infinity) return "Infinity";
  if (ms <= 0) return String(ms);
  if (ms >= NEVER_MS) return `${ms} ms`;
  if (ms >= 36e5 && ms % 36e5 === 0) return `${ms / 36e5} h`;
  if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4} min`;
  if (ms >= 1e3 && ms % 1e3 === 0) return `${ms / 1e3} s`;
  if (ms >= 1e3) return `${Math.round(ms / 100) / 10} s`;
  return `${ms} ms`;
}
function provenanceOf(v, fallback) {
  if (fallback) return fallback;
  if (v.k === "env") return "environment";
  return v.via ? "named" : "written";
}
var OptionsModel = class {
  memo = /* @__PURE__ */ new Map();
  /** A family's reading of a site (`options.of(site, timeoutsOf)`), computed once. */
  of(site, family) {
    let bySite = this.memo.get(family);
    if (!bySite) this.memo.set(family, bySite = /* @__PURE__ */ new Map());
    if (bySite.has(site)) return bySite.get(site);
    const value = family(site);
    bySite.set(site, value);
    return value;
  }
  /** Lets go of every reading: a rule's readings are its own, and the next rule reads what it needs. */
  clear() {
    this.memo.clear();
  }
};

// src/match/view.ts
function buildView(input) {
  const baseSummaries = input.base.model.summaries;
  const headSummaries = input.head.model.summaries;
  const pairs = pairEntries(entriesOf(input.base.model, input.base.paths, baseSummaries), entriesOf(input.head.model, input.head.paths, headSummaries), input.baseFileOf);
  const entries = pairs.map((p) => ({
    ...p.base ? { base: p.base } : {},
    ...p.head ? { head: p.head } : {},
    basePaths: p.base ? baseSummaries.of(p.base.file, p.base.fnId) : [],
    headPaths: p.head ? headSummaries.of(p.head.file, p.head.fnId) : [],
    baseAlternates: p.base ? baseSummaries.alternatesOf(p.base.file, p.base.fnId) : [],
    headAlternates: p.head ? headSummaries.alternatesOf(p.head.file, p.head.fnId) : []
  }));
  const headFileOf = /* @__PURE__ */ new Map();
  for (const h of input.head.paths) {
    const b = input.baseFileOf(h);
    if (b) headFileOf.set(b, h);
  }
  const baseSites = settingSites(input.base.model, input.base.paths);
  const headSites = settingSites(input.head.model, input.head.paths);
  const headFnOf = /* @__PURE__ */ new Map();
  const baseFnOf = /* @__PURE__ */ new Map();
  for (const p of pairs) {
    if (!p.base || !p.head) continue;
    headFnOf.set(`${p.base.file}\0${p.base.fnId}`, { file: p.head.file, fnId: p.head.fnId });
    baseFnOf.set(`${p.head.file}\0${p.head.fnId}`, { file: p.base.file, fnId: p.base.fnId });
  }
  const bare = bareFinder(input.head.model, headSites, headFnOf, (f) => headFileOf.get(f));
  const bareBase = bareFinder(input.base.model, baseSites, baseFnOf, (f) => input.baseFileOf(f) ?? void 0);
  const settings = pairSettings(baseSites, headSites, input.baseFileOf, bare, bareBase);
  const bySide = { base: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map() };
  for (const e of entries) {
    const b = e.base && `${e.base.file}\0${e.base.fnId}`;
    const h = e.head && `${e.head.file}\0${e.head.fnId}`;
    if (b && !bySide.base.has(b)) bySide.base.set(b, e);
    if (h && !bySide.head.has(h)) bySide.head.set(h, e);
  }
  const entryOf2 = (side3, file, fnId) => bySide[side3].get(`${file}\0${fnId}`);
  const touches = input.touches ?? ((file, span) => {
    for (let line = span.line; line <= span.endLine; line++) if (input.isChanged("head", file, line)) return true;
    return false;
  });
  const sites = { base: settings.flatMap((p) => p.base ? [p.base] : []), head: settings.flatMap((p) => p.head ? [p.head] : []) };
  let moved2;
  const view = { entries, entryOf: entryOf2, settings, sites, options: new OptionsModel(), isChanged: input.isChanged, touches, movedCalls: () => moved2 ??= movedCalls(view) };
  return view;
}
function bareFinder(model, sites, fnOf, fileOf) {
  const claimed = /* @__PURE__ */ new Map();
  const claimedIn = (fn) => {
    const key = `${fn.file}\0${fn.fnId}`;
    const set = claimed.get(key) ?? /* @__PURE__ */ new Set();
    claimed.set(key, set);
    return set;
  };
  for (const s of sites) claimedIn(s).add(`${s.span.line}:${s.span.column}`);
  return (other) => {
    const file = fileOf(other.file);
    const fn = fnOf.get(`${other.file}\0${other.fnId}`) ?? (file ? { file, fnId: other.fnId } : void 0);
    return fn ? bareCallSite(model, fn.file, fn.fnId, other.key, other.identity ?? "", claimedIn(fn), sites) : void 0;
  };
}
function entriesOf(model, paths, summaries) {
  const out = [];
  for (const path5 of paths) {
    const facts = model.loader.facts(path5);
    if (!facts) continue;
    for (const fn of facts.functions) {
      const keys = new Set(summaries.of(path5, fn.id).map((p) => p.effect.key));
      out.push({ file: path5, fnId: fn.id, span: fn.span, exported: fn.exported, keys, size: fn.size });
    }
  }
  return out;
}

// src/parse/extract.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/parse/typescript.ts
import { createRequire } from "node:module";
var ts = createRequire(import.meta.url)("typescript");
var typescript_default = ts;

// src/model/facts/syntax.ts
var { SyntaxKind, forEachChild, isArrayLiteralExpression, isArrowFunction, isAsExpression, isCallExpression, isClassExpression, isComputedPropertyName, isDoStatement, isElementAccessExpression, isExpressionStatement, isForInStatement, isForOfStatement, isForStatement, isFunctionDeclaration, isFunctionExpression, isFunctionTypeNode, isIdentifier, isNonNullExpression, isNumericLiteral, isObjectLiteralExpression, isParenthesizedExpression, isPrivateIdentifier, isPropertyAccessExpression, isPropertyAssignment, isReturnStatement, isStringLiteral, isTypeReferenceNode, isWhileStatement } = typescript_default;
function unwrapExpression(expr) {
  let e = expr;
  for (; ; ) {
    switch (e.kind) {
      case SyntaxKind.ParenthesizedExpression:
      case SyntaxKind.AsExpression:
      case SyntaxKind.NonNullExpression:
      case SyntaxKind.AwaitExpression:
      case SyntaxKind.TypeAssertionExpression:
      case SyntaxKind.SatisfiesExpression:
        e = e.expression;
        continue;
      default:
        return e;
    }
  }
}
function stripParens(expr) {
  let e = expr;
  while (isParenthesizedExpression(e) || isNonNullExpression(e) || isAsExpression(e)) e = e.expression;
  return e;
}
function propertyName(name) {
  if (isIdentifier(name) || isStringLiteral(name) || isNumericLiteral(name) || isPrivateIdentifier(name)) return name.text;
  return void 0;
}
function isExpressionNode(node) {
  return isExpressionStatement(node) ? false : node.kind >= SyntaxKind.ArrayLiteralExpression && node.kind <= SyntaxKind.SatisfiesExpression;
}
function compact(text, max = 80) {
  const one = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 3) + "..." : one;
}
function calleeName(expr) {
  const e = unwrapExpression(expr);
  if (isIdentifier(e)) return e.text;
  if (isPropertyAccessExpression(e)) return e.name.text;
  return void 0;
}
function chainCalls(call) {
  const out = [call];
  let e = call.expression;
  for (; ; ) {
    e = stripParens(e);
    if (isPropertyAccessExpression(e) || isElementAccessExpression(e)) e = e.expression;
    else if (isCallExpression(e)) {
      out.push(e);
      e = e.expression;
    } else return out;
  }
}
function isPromiseValue(arg) {
  let e = arg;
  while (isParenthesizedExpression(e) || isAsExpression(e) || isNonNullExpression(e)) e = e.expression;
  if (e.kind === SyntaxKind.AwaitExpression) return false;
  return isCallExpression(e);
}
function mayBeCallback(p) {
  if (p.type) return isFunctionTypeNode(p.type) || p.type.kind === SyntaxKind.AnyKeyword || isTypeReferenceNode(p.type) && isIdentifier(p.type.typeName) && /^(Function|\w*(Fn|Func|Callback|Handler|Mapper|Task|Worker|Iteratee))$/.test(p.type.typeName.text);
  return isIdentifier(p.name) && /^(fn|cb|f|callback|mapper|handler|iteratee|iterator|task|worker|func|action|work|job|run|exec|visit|each|on[A-Z]\w*|\w+(Fn|Func|Callback|Handler|Mapper|Task))$/.test(p.name.text);
}
function isValueLike(init) {
  const e = unwrapExpression(init);
  return !(isArrowFunction(e) || isFunctionExpression(e) || isClassExpression(e));
}
function isMapCall(arg) {
  const a = unwrapExpression(arg);
  return isCallExpression(a) && isPropertyAccessExpression(a.expression) && a.expression.name.text === "map";
}
function hasInFilter(node, depth, sf) {
  if (depth > 4) return false;
  const n = unwrapExpression(node);
  if (isObjectLiteralExpression(n)) {
    for (const p of n.properties) {
      if (p.name && isComputedPropertyName(p.name) && /\bOp\.in\b/.test(p.name.expression.getText(sf))) return true;
      const key = p.name && propertyName(p.name);
      if (key === "in" || key === "$in") return true;
      if (isPropertyAssignment(p) && hasInFilter(p.initializer, depth + 1, sf)) return true;
    }
    return false;
  }
  if (isCallExpression(n)) {
    const name = isIdentifier(n.expression) ? n.expression.text : isPropertyAccessExpression(n.expression) ? n.expression.name.text : "";
    if (name === "In" || name === "inArray" || name === "whereIn") return true;
  }
  if (isArrayLiteralExpression(n)) return n.elements.some((el) => hasInFilter(el, depth + 1, sf));
  return false;
}
function mentions(node, name) {
  let found2 = false;
  const visit3 = (n) => {
    if (found2) return;
    if (isIdentifier(n) && n.text === name) found2 = true;
    else forEachChild(n, visit3);
  };
  visit3(node);
  return found2;
}
function exits(node) {
  let found2 = false;
  const visit3 = (n) => {
    if (found2 || typescript_default.isSwitchStatement(n) || isArrowFunction(n) || isFunctionExpression(n) || isFunctionDeclaration(n) || isForOfStatement(n) || isForStatement(n) || isWhileStatement(n) || isDoStatement(n) || isForInStatement(n)) return;
    if (n.kind === SyntaxKind.BreakStatement || isReturnStatement(n)) found2 = true;
    else forEachChild(n, visit3);
  };
  forEachChild(node, visit3);
  return found2;
}

// src/model/facts/params.ts
var { SyntaxKind: SyntaxKind2, isArrayLiteralExpression: isArrayLiteralExpression2, isBinaryExpression, isCallExpression: isCallExpression2, isElementAccessExpression: isElementAccessExpression2, isIdentifier: isIdentifier2, isObjectLiteralExpression: isObjectLiteralExpression2, isPropertyAccessExpression: isPropertyAccessExpression2, isPropertyAssignment: isPropertyAssignment2, isShorthandPropertyAssignment, isSpreadAssignment, isSpreadElement } = typescript_default;
function paramOf(w, expr, callableOnly = false) {
  const owner = ownerOf(w, expr);
  if (!owner || callableOnly && !owner.callable) return void 0;
  owner.fn.params ??= owner.names;
  return { fnId: owner.fn.id, index: owner.index };
}
function givenParam(w, expr) {
  const owner = ownerOf(w, expr);
  return owner ? { fnId: owner.fn.id, index: owner.index } : void 0;
}
function ownerOf(w, expr) {
  const e = unwrapExpression(expr);
  const get = isIdentifier2(e) ? getterOf(w, e.text) : void 0;
  return get && w.paramOwner.get(get);
}
function givenArguments(w, args) {
  const out = [];
  args.forEach((a, arg) => {
    const e = unwrapExpression(a);
    if (isArrayLiteralExpression2(e)) {
      if (!e.elements.some((x) => isSpreadElement(x))) out.push({ arg, list: e.elements.length });
      return;
    }
    if (isObjectLiteralExpression2(e)) {
      const keys = keysOf(w, e, 0);
      if (keys) out.push({ arg, keys });
      return;
    }
    const param = givenParam(w, e);
    if (param) out.push({ arg, param });
  });
  return out;
}
function givenPath(w, expr) {
  const links = [];
  let e = unwrapExpression(expr);
  for (; ; ) {
    if (isPropertyAccessExpression2(e)) links.unshift(e.name.text);
    else if (isCallExpression2(e)) links.unshift("()");
    else if (isElementAccessExpression2(e)) links.unshift("[]");
    else break;
    e = unwrapExpression(e.expression);
  }
  if (!isIdentifier2(e)) return void 0;
  const lookup3 = links.findIndex((l) => l === "()" || l === "[]");
  const path5 = lookup3 < 0 ? links : links.slice(0, links[lookup3] === "()" && lookup3 > 0 ? lookup3 - 1 : lookup3);
  const get = getterOf(w, e.text);
  if (!get) return void 0;
  const owner = w.paramOwner.get(get);
  if (owner) {
    owner.fn.params ??= owner.names;
    return { fnId: owner.fn.id, index: owner.index, ...path5.length ? { path: path5 } : {} };
  }
  const rooted = w.paramPaths.get(get);
  if (!rooted) return void 0;
  const full = [...rooted.path ?? [], ...path5];
  return { fnId: rooted.fnId, index: rooted.index, ...full.length ? { path: full } : {} };
}
function getterOf(w, name) {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i].get(name);
    if (get) return get;
  }
  return void 0;
}
var MAX_KEY_DEPTH = 4;
function keysOf(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (depth > MAX_KEY_DEPTH) return void 0;
  if (isIdentifier2(e)) {
    const get = getterOf(w, e.text);
    const init = get && w.initOf.get(get);
    return init ? keysOf(w, init, depth + 1) : void 0;
  }
  if (!isObjectLiteralExpression2(e)) return void 0;
  const tree = {};
  for (const p of e.properties) {
    if (isSpreadAssignment(p)) {
      const inner = keysOf(w, p.expression, depth + 1);
      if (!inner) return void 0;
      Object.assign(tree, inner);
      continue;
    }
    const key = p.name && propertyName(p.name);
    if (!key) return void 0;
    const value = isPropertyAssignment2(p) ? p.initializer : isShorthandPropertyAssignment(p) ? p.name : void 0;
    tree[key] = value && isObjectLiteralExpression2(unwrapExpression(value)) && keysOf(w, value, depth + 1) || true;
  }
  return tree;
}
function presenceTest(w, cond) {
  const e = unwrapExpression(cond);
  if (typescript_default.isPrefixUnaryExpression(e) && e.operator === SyntaxKind2.ExclamationToken) {
    const inner = presenceTest(w, e.operand);
    return inner && { param: inner.param, present: !inner.present };
  }
  if (isIdentifier2(e) || isPropertyAccessExpression2(e)) {
    const param = givenPath(w, e);
    return param && { param, present: true };
  }
  if (isBinaryExpression(e) && (isIdentifier2(unwrapExpression(e.left)) || isPropertyAccessExpression2(unwrapExpression(e.left)))) {
    const op = e.operatorToken.kind;
    const nothing = e.right.kind === SyntaxKind2.NullKeyword || isIdentifier2(e.right) && e.right.text === "undefined";
    const param = givenPath(w, e.left);
    if (!param || !nothing) return void 0;
    if (op === SyntaxKind2.ExclamationEqualsToken || op === SyntaxKind2.ExclamationEqualsEqualsToken) return { param, present: true };
    if (op === SyntaxKind2.EqualsEqualsToken || op === SyntaxKind2.EqualsEqualsEqualsToken) return { param, present: false };
  }
  return void 0;
}
function unlessGiven(fn, param, body) {
  if (!param) return body();
  const outer = fn.unless;
  fn.unless = param;
  try {
    body();
  } finally {
    fn.unless = outer;
  }
}

// src/model/facts/symbols.ts
var { SyntaxKind: SyntaxKind3, isArrayLiteralExpression: isArrayLiteralExpression3, isArrayTypeNode, isArrowFunction: isArrowFunction2, isAsExpression: isAsExpression2, isBinaryExpression: isBinaryExpression2, isCallExpression: isCallExpression3, isConditionalExpression, isElementAccessExpression: isElementAccessExpression3, isFunctionExpression: isFunctionExpression2, isFunctionTypeNode: isFunctionTypeNode2, isIdentifier: isIdentifier3, isIntersectionTypeNode, isLiteralTypeNode, isParenthesizedTypeNode, isPropertySignature, isNewExpression, isNoSubstitutionTemplateLiteral, isNumericLiteral: isNumericLiteral2, isObjectLiteralExpression: isObjectLiteralExpression3, isPropertyAccessExpression: isPropertyAccessExpression3, isPropertyAssignment: isPropertyAssignment3, isShorthandPropertyAssignment: isShorthandPropertyAssignment2, isSpreadElement: isSpreadElement2, isStringLiteral: isStringLiteral2, isTemplateExpression, isTupleTypeNode, isTypeLiteralNode, isTypeReferenceNode: isTypeReferenceNode2, isUnionTypeNode, isSpreadAssignment: isSpreadAssignment2 } = typescript_default;
var IGNORED_GLOBALS = /* @__PURE__ */ new Set(["console", "JSON", "Math", "Object", "Array", "String", "Number", "Boolean", "Date", "Promise", "Reflect", "Symbol", "Buffer", "process", "BigInt", "Intl", "RegExp", "Error", "URL", "URLSearchParams", "encodeURIComponent", "decodeURIComponent", "parseInt", "parseFloat", "isNaN", "structuredClone", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "require", "expect", "describe", "it", "test"]);
var LIST_TYPES = /* @__PURE__ */ new Set(["Array", "ReadonlyArray"]);
var FUNCTION_UTILITY_TYPES = /* @__PURE__ */ new Set(["Parameters", "ReturnType"]);
var PROMISE_TYPES = /* @__PURE__ */ new Set(["Promise", "PromiseLike", "Awaited"]);
var CONTAINER_TYPES = /* @__PURE__ */ new Set(["Array", "ReadonlyArray", "Record", "Set", "ReadonlySet", "Map", "ReadonlyMap", "Partial", "Readonly"]);
function withScope(w, scope, body) {
  w.scopes.push(scope);
  try {
    return body();
  } finally {
    w.scopes.pop();
  }
}
function lookup(w, name) {
  return bindingOf(w, name)?.() ?? { t: "global", name };
}
function bindingOf(w, name) {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i].get(name);
    if (get) return get;
  }
  return void 0;
}
function lazy(compute) {
  let state = 0;
  let value = { t: "unknown" };
  return () => {
    if (state === 2) return value;
    if (state === 1) return { t: "unknown" };
    state = 1;
    value = compute();
    state = 2;
    return value;
  };
}
function symOf(w, node) {
  if (isAsExpression2(node) && isTypeReferenceNode2(node.type) && !(isIdentifier3(node.type.typeName) && node.type.typeName.text === "const")) {
    const inner = symOf(w, node.expression);
    const asserted = inner.t === "unknown" ? typeSym(w, node.type) : void 0;
    return asserted && asserted.t !== "literal" ? { t: "param", name: "", type: asserted } : inner;
  }
  const e = unwrapExpression(node);
  if (isIdentifier3(e)) {
    const s = lookup(w, e.text);
    return s.t === "global" && !IGNORED_GLOBALS.has(e.text) && e.text !== "fetch" && e.text !== "globalThis" ? { t: "unknown", name: e.text } : s;
  }
  if (e.kind === SyntaxKind3.ThisKeyword) {
    const self = lookup(w, "this");
    return self.t === "global" ? { t: "this" } : self;
  }
  if (isPropertyAccessExpression3(e)) {
    const of = symOf(w, e.expression);
    if (of.t === "global" && of.name === "globalThis") return { t: "global", name: e.name.text };
    return { t: "member", of, name: e.name.text };
  }
  if (isElementAccessExpression3(e)) {
    const arg = unwrapExpression(e.argumentExpression);
    if (isStringLiteral2(arg)) return { t: "member", of: symOf(w, e.expression), name: arg.text };
    return { t: "unknown" };
  }
  if (isCallExpression3(e)) {
    if (e.expression.kind === SyntaxKind3.ImportKeyword) return { t: "unknown" };
    if (isIdentifier3(e.expression) && e.expression.text === "require" && e.arguments[0] && isStringLiteral2(e.arguments[0])) {
      return { t: "import", module: e.arguments[0].text, name: "*" };
    }
    return { t: "call", of: symOf(w, e.expression), args: e.arguments.slice(0, 2).map((a) => argSym(w, a)) };
  }
  if (isNewExpression(e)) {
    const target = e.arguments?.[0];
    if (target && isIdentifier3(e.expression) && e.expression.text === "Proxy" && !bindingOf(w, "Proxy")) return symOf(w, target);
    const of = symOf(w, e.expression);
    return { t: "new", of };
  }
  if (isObjectLiteralExpression3(e)) {
    const props = {};
    const spreads = [];
    for (const p of e.properties) {
      if (isPropertyAssignment3(p)) {
        const k = propertyName(p.name);
        if (k) props[k] = symOf(w, p.initializer);
      } else if (isShorthandPropertyAssignment2(p)) props[p.name.text] = lookup(w, p.name.text);
      else if (isSpreadAssignment2(p)) spreads.push(symOf(w, p.expression));
    }
    const told = spreads.filter((s) => s.t !== "unknown" && s.t !== "literal");
    return told.length ? { t: "object", props, spreads: told } : { t: "object", props };
  }
  if (isArrayLiteralExpression3(e)) return e.elements.some((x) => isSpreadElement2(x)) ? { t: "unknown" } : { t: "array", count: e.elements.length };
  if (isNumericLiteral2(e)) return { t: "literal", value: Number(e.text) };
  if (isStringLiteral2(e) || isNoSubstitutionTemplateLiteral(e)) return { t: "literal", value: e.text };
  if (isTemplateExpression(e)) return { t: "literal" };
  if (isBinaryExpression2(e)) {
    if (e.operatorToken.kind === SyntaxKind3.QuestionQuestionToken || e.operatorToken.kind === SyntaxKind3.BarBarToken) {
      return either(symOf(w, e.left), symOf(w, e.right));
    }
    return { t: "literal" };
  }
  if (isConditionalExpression(e)) return either(symOf(w, e.whenTrue), symOf(w, e.whenFalse));
  if (isArrowFunction2(e) || isFunctionExpression2(e)) return { t: "unknown" };
  return { t: "unknown" };
}
function argSym(w, arg) {
  const a = unwrapExpression(arg);
  if (isNewExpression(a) || isIdentifier3(a) || isStringLiteral2(a) || isPropertyAccessExpression3(a)) return symOf(w, a);
  return { t: "unknown" };
}
function declared(w, flow, name, type) {
  if (!type) return flow;
  const declared2 = typeSym(w, type);
  if (!declared2 || declared2.t === "literal") return flow;
  return either(flow, { t: "param", name, type: declared2 });
}
function paramSym(w, p) {
  const name = isIdentifier3(p.name) ? p.name.text : "";
  if (p.initializer) {
    const init = symOf(w, p.initializer);
    if (init.t !== "literal" && init.t !== "unknown") return init;
  }
  return { t: "param", name, ...p.type ? { type: typeSym(w, p.type) } : {} };
}
function withTypeParams(w, params, describe3) {
  const outer = w.typeParams;
  w.typeParams = params?.length ? new Map(params.map((p, i) => [p.name.text, i])) : void 0;
  try {
    return describe3();
  } finally {
    w.typeParams = outer;
  }
}
function typeSym(w, type) {
  if (isParenthesizedTypeNode(type)) return typeSym(w, type.type);
  if (isTypeLiteralNode(type)) return membersSym(w, type.members);
  const element = isArrayTypeNode(type) ? type.elementType : isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && LIST_TYPES.has(type.typeName.text) ? type.typeArguments?.[0] : void 0;
  if (element) {
    const of = typeSym(w, element);
    return of && of.t !== "literal" && of.t !== "global" ? { t: "collection", of } : { t: "literal" };
  }
  if (isTupleTypeNode(type)) return positionsSym(w, type.elements.map((e) => typescript_default.isNamedTupleMember(e) ? e.dotDotDotToken ? void 0 : { type: e.type, name: e.name.text } : typescript_default.isRestTypeNode(e) ? void 0 : { type: e }));
  if (typescript_default.isTypeQueryNode(type)) return isIdentifier3(type.exprName) ? lookup(w, type.exprName.text) : void 0;
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && FUNCTION_UTILITY_TYPES.has(type.typeName.text) && type.typeArguments?.length === 1) {
    const of = type.typeArguments[0];
    if (type.typeName.text === "ReturnType" && typescript_default.isTypeQueryNode(of) && isIdentifier3(of.exprName)) return { t: "call", of: lookup(w, of.exprName.text), args: [] };
    const sig = signatureOf(w, of);
    if (!sig) return void 0;
    if (type.typeName.text === "ReturnType") return sig.type ? typeSym(w, sig.type) : void 0;
    return positionsSym(w, sig.parameters.map((p) => p.dotDotDotToken ? void 0 : { type: p.type, name: isIdentifier3(p.name) ? p.name.text : void 0 }));
  }
  if (isFunctionTypeNode2(type)) {
    const returns = typeSym(w, type.type);
    return returns && returns.t !== "literal" && returns.t !== "global" ? { t: "signature", returns } : { t: "literal" };
  }
  if (isLiteralTypeNode(type) || type.kind >= SyntaxKind3.AnyKeyword && type.kind <= SyntaxKind3.UndefinedKeyword && type.kind !== SyntaxKind3.AnyKeyword && type.kind !== SyntaxKind3.UnknownKeyword) {
    return { t: "literal" };
  }
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && PROMISE_TYPES.has(type.typeName.text)) {
    const inner = type.typeArguments?.[0];
    return inner ? typeSym(w, inner) : void 0;
  }
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName) && CONTAINER_TYPES.has(type.typeName.text)) {
    return { t: "global", name: type.typeName.text === "Record" || type.typeName.text.startsWith("Readonly") || type.typeName.text === "Partial" ? "Object" : type.typeName.text.replace(/^Readonly/, "") };
  }
  if (isTypeReferenceNode2(type)) {
    const name = type.typeName;
    if (isIdentifier3(name)) {
      const param = w.typeParams?.get(name.text);
      if (param !== void 0) return { t: "typeParam", index: param };
      const found2 = w.typeParams ? withTypeParams(w, void 0, () => lookup(w, name.text)) : lookup(w, name.text);
      if (found2.t === "unknown") return { t: "global", name: name.text };
      const args = type.typeArguments;
      if (!args?.length || found2.t === "global" || found2.t === "literal") return found2;
      return { t: "generic", of: found2, args: args.map((a) => typeSym(w, a) ?? { t: "unknown" }) };
    }
    const left = isIdentifier3(name.left) ? lookup(w, name.left.text) : void 0;
    return left ? { t: "member", of: left, name: name.right.text } : void 0;
  }
  if (isUnionTypeNode(type) || isIntersectionTypeNode(type)) {
    let out;
    for (const t of type.types) {
      const s = typeSym(w, t);
      if (s) out = out ? either(out, s) : s;
    }
    return out;
  }
  return void 0;
}
function positionsSym(w, types) {
  const props = {};
  types.forEach((t, i) => {
    const s = t?.type && typeSym(w, t.type);
    if (s && s.t !== "literal") props[String(i)] = { t: "param", name: t.name ?? String(i), type: s };
  });
  return Object.keys(props).length ? { t: "object", props } : { t: "literal" };
}
function signatureOf(w, type) {
  if (isParenthesizedTypeNode(type)) return signatureOf(w, type.type);
  if (isFunctionTypeNode2(type)) return type;
  if (isTypeReferenceNode2(type) && isIdentifier3(type.typeName)) return w.signatures.get(type.typeName.text);
  if (typescript_default.isTypeQueryNode(type) && isIdentifier3(type.exprName)) return w.signatures.get(type.exprName.text);
  return void 0;
}
function membersSym(w, members, iface) {
  const props = {};
  for (const m of members) {
    const key = m.name && propertyName(m.name);
    if (key && isPropertySignature(m) && m.type) {
      const type = typeSym(w, m.type);
      if (type && type.t !== "literal") props[key] = { t: "param", name: key, type };
    }
  }
  if (iface) return { t: "object", props, iface };
  return Object.keys(props).length ? { t: "object", props } : members.length ? { t: "unknown" } : { t: "literal" };
}
function either(a, b) {
  const silent = (x) => x.t === "unknown" || x.t === "literal";
  if (silent(a)) return b;
  if (silent(b)) return a;
  return { t: "either", options: [...a.t === "either" ? a.options : [a], ...b.t === "either" ? b.options : [b]] };
}

// src/model/values.ts
var SETTING_KEY = /timeout|deadline|signal|retr|attempt|backoff|jitter|concurren|parallel|maxInFlight|limit|maxSockets|maxWait|maxTimeMS|pool|max$|^max[A-Z_]|^min$|connection_?limit|max\w*Connections$|delay|factor|randomize/i;
var OPTIONS_NAME = /config|options|opts|settings|defaults|policy/i;
var SETTING_CALLEES = /^(pLimit|limit|pThrottle|pMap|mapLimit|eachLimit|forEachLimit|eachOfLimit|timesLimit|queue|priorityQueue|cargoQueue|fastq|pTimeout|withTimeout|timeout|setTimeout|maxTimeMS|wtimeout)$/;

// src/model/facts/values.ts
var { SyntaxKind: SyntaxKind4, isIdentifier: isIdentifier4, isMethodDeclaration, isNewExpression: isNewExpression2, isObjectLiteralExpression: isObjectLiteralExpression4, isPropertyAccessExpression: isPropertyAccessExpression4, isPropertyAssignment: isPropertyAssignment4, isShorthandPropertyAssignment: isShorthandPropertyAssignment3, isStringLiteral: isStringLiteral3, isSpreadAssignment: isSpreadAssignment3 } = typescript_default;
var RETRY_CALLEE = /retry|backoff/i;
function valOf(w, node, depth) {
  const e = unwrapExpression(node);
  const line = w.sf.getLineAndCharacterOfPosition(e.getStart(w.sf)).line + 1;
  if (depth > 6) return { k: "expr", text: compact(e.getText(w.sf)), line };
  switch (e.kind) {
    case SyntaxKind4.NumericLiteral:
      return { k: "num", v: Number(e.text), line };
    case SyntaxKind4.StringLiteral:
    case SyntaxKind4.NoSubstitutionTemplateLiteral:
      return { k: "str", v: e.text, line };
    case SyntaxKind4.TrueKeyword:
      return { k: "bool", v: true, line };
    case SyntaxKind4.FalseKeyword:
      return { k: "bool", v: false, line };
    case SyntaxKind4.NullKeyword:
      return { k: "null", line };
    case SyntaxKind4.PrefixUnaryExpression: {
      const u = e;
      const inner = valOf(w, u.operand, depth + 1);
      if (u.operator === SyntaxKind4.MinusToken && inner.k === "num") return { ...inner, v: -inner.v };
      if (u.operator === SyntaxKind4.ExclamationToken && inner.k === "num") return { k: "bool", v: !inner.v, line };
      return { k: "expr", text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind4.Identifier: {
      const name = e.text;
      if (name === "undefined") return { k: "null", line };
      if (name === "Infinity") return { k: "num", v: Infinity, line };
      return refVal(w, name, depth, line);
    }
    case SyntaxKind4.PropertyAccessExpression: {
      const pa = e;
      const target = compact(pa.expression.getText(w.sf));
      if (target === "process.env") return { k: "env", name: pa.name.text, line };
      if (target === "Number" && /^(POSITIVE_INFINITY|MAX_SAFE_INTEGER|MAX_VALUE)$/.test(pa.name.text)) return { k: "num", v: Infinity, line };
      if (pa.expression.kind === SyntaxKind4.ThisKeyword) {
        const self = bindingOf(w, "this")?.();
        if (self?.t === "this" && self.cls) return { k: "field", cls: self.cls, name: pa.name.text, line };
      }
      return { k: "member", of: valOf(w, pa.expression, depth + 1), name: pa.name.text, line };
    }
    case SyntaxKind4.ElementAccessExpression: {
      const ea = e;
      const arg = unwrapExpression(ea.argumentExpression);
      if (compact(ea.expression.getText(w.sf)) === "process.env" && isStringLiteral3(arg)) return { k: "env", name: arg.text, line };
      if (isStringLiteral3(arg)) return { k: "member", of: valOf(w, ea.expression, depth + 1), name: arg.text, line };
      return { k: "expr", text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind4.ObjectLiteralExpression: {
      const entries = [];
      for (const p of e.properties) {
        if (isPropertyAssignment4(p)) {
          const key = propertyName(p.name);
          if (key !== void 0) entries.push({ key, val: valOf(w, p.initializer, depth + 1) });
        } else if (isShorthandPropertyAssignment3(p)) entries.push({ key: p.name.text, val: refVal(w, p.name.text, depth, w.lineOf(p)) });
        else if (isSpreadAssignment3(p)) entries.push({ spread: valOf(w, p.expression, depth + 1) });
        else if (isMethodDeclaration(p) && p.name) {
          const key = propertyName(p.name);
          if (key !== void 0) entries.push({ key, val: { k: "fn", text: compact(p.getText(w.sf)), line: w.lineOf(p) } });
        }
      }
      return { k: "obj", entries, line };
    }
    case SyntaxKind4.ArrayLiteralExpression:
      return { k: "arr", items: e.elements.map((x) => valOf(w, x, depth + 1)), line };
    case SyntaxKind4.BinaryExpression: {
      const b = e;
      const op = b.operatorToken.getText(w.sf);
      if (/^(\*|\+|-|\/|\?\?|\|\||\*\*)$/.test(op)) return { k: "op", op, l: valOf(w, b.left, depth + 1), r: valOf(w, b.right, depth + 1), line };
      return { k: "expr", text: compact(e.getText(w.sf)), line };
    }
    case SyntaxKind4.ConditionalExpression: {
      const c = e;
      return { k: "cond", a: valOf(w, c.whenTrue, depth + 1), b: valOf(w, c.whenFalse, depth + 1), line };
    }
    case SyntaxKind4.CallExpression:
    case SyntaxKind4.NewExpression: {
      const c = e;
      const callee = (isNewExpression2(c) ? "new " : "") + compact(c.expression.getText(w.sf));
      return { k: "call", callee, args: (c.arguments ?? []).slice(0, 4).map((a) => valOf(w, a, depth + 1)), line };
    }
    case SyntaxKind4.ArrowFunction:
    case SyntaxKind4.FunctionExpression:
      return { k: "fn", text: compact(e.getText(w.sf), 400), line };
    default:
      return { k: "expr", text: compact(e.getText(w.sf)), line };
  }
}
function refVal(w, name, depth, line) {
  for (let i = w.scopes.length - 1; i >= 0; i--) {
    const get = w.scopes[i].get(name);
    if (!get) continue;
    if (i === 0) {
      const sym = get();
      return { k: "ref", name, sym: sym.t === "import" ? sym : { t: "unknown", name }, line };
    }
    const init = w.initOf.get(get);
    return init ? valOf(w, init, depth + 1) : { k: "expr", text: name, line };
  }
  return { k: "expr", text: name, line };
}
function initializerOf(w, name) {
  const get = bindingOf(w, name);
  return get && w.initOf.get(get);
}
var TIMER_CLEARS = /* @__PURE__ */ new Set(["clearTimeout", "clearInterval", "clearImmediate"]);
function noteSetting(w, node, calleeSym, fn) {
  const args = node.arguments ?? [];
  const name = calleeName(node.expression);
  let role;
  if (name && TIMER_CLEARS.has(name) && isIdentifier4(unwrapExpression(node.expression))) return;
  if (name === "setTimeout" && isIdentifier4(unwrapExpression(node.expression))) {
    const cb = args[0] && unwrapExpression(args[0]);
    if (!cb || !/\.abort\s*\(/.test(cb.getText(w.sf))) return;
    role = "abort-timer";
  } else if (name === "race" && /^(Promise|Bluebird)$/.test(calleeName(node.expression.expression ?? node.expression) ?? "")) {
    if (!/setTimeout|sleep|delay|timeout|timer/i.test(args.map((a) => a.getText(w.sf)).join(" "))) return;
    role = "race-timeout";
    noteRaceWrapper(w, args[0], fn);
  } else if (args.length === 0) {
    if (!interesting(calleeSym, w.tellingNames) || calleeSym.t === "unknown") return;
  } else if (!(name && (SETTING_CALLEES.test(name) || RETRY_CALLEE.test(name))) && !isLimiter(calleeSym) && !args.some((a) => looksLikeOptions(w, a, 0))) {
    const construction = isNewExpression2(node) || /^(create\w*|connect|init\w*)$/.test(name ?? "");
    if (!construction || !interesting(calleeSym, w.tellingNames) || calleeSym.t === "unknown") return;
  }
  fn.fact.settings.push({
    callee: calleeSym,
    text: (isNewExpression2(node) ? "new " : "") + compact(node.expression.getText(w.sf)),
    isNew: isNewExpression2(node),
    span: w.span(node),
    args: args.slice(0, 4).map((a) => valOf(w, a, 0)),
    loops: [...fn.loopStack],
    ...role ? { role } : {},
    ...w.boundNames.has(node) ? { boundTo: w.boundNames.get(node) } : {}
  });
}
function noteRaceWrapper(w, list, fn) {
  const items = list && unwrapExpression(list);
  if (!items || !typescript_default.isArrayLiteralExpression(items)) return;
  let promise;
  let ms;
  for (const el of items.elements) {
    const x = unwrapExpression(el);
    const p = givenParam(w, x);
    if (p && p.fnId === fn.fact.id) {
      promise ??= p.index;
      continue;
    }
    const timer = isIdentifier4(x) ? initializerOf(w, x.text) : x;
    const call = timer && unwrapExpression(timer);
    const inner = call && typescript_default.isCallExpression(call) ? call : call && typescript_default.isNewExpression(call) ? call : void 0;
    const text = inner ? inner.getText(w.sf) : "";
    if (!inner || !/setTimeout|sleep|delay|timeout|timer/i.test(text)) continue;
    const found2 = timerDelayParam(w, inner, fn.fact.id, 0);
    if (found2 !== void 0) ms ??= found2;
  }
  if (promise !== void 0 && ms !== void 0 && promise !== ms) fn.fact.raceWrapper = { promise, ms };
}
function timerDelayParam(w, node, fnId, depth) {
  if (depth > 4) return void 0;
  if (typescript_default.isIdentifier(node)) {
    const p = givenParam(w, node);
    return p && p.fnId === fnId ? p.index : void 0;
  }
  let out;
  typescript_default.forEachChild(node, (child) => {
    out ??= timerDelayParam(w, child, fnId, depth + 1);
  });
  return out;
}
function noteConfigObject(w, node, fn) {
  if (w.configObjects.has(node)) return;
  const defaulted = node.properties.some((p) => isPropertyAssignment4(p) && SETTING_KEY.test(propertyName(p.name) ?? "") && numericDefault(unwrapExpression(p.initializer), 0));
  if (!defaulted) return;
  markNested(w, node, 0);
  const holder = fn.fact.id.split(".").pop() ?? "config";
  fn.fact.settings.push({
    callee: { t: "unknown", name: holder },
    text: holder,
    isNew: false,
    span: w.span(node),
    args: [valOf(w, node, 0)],
    loops: [...fn.loopStack]
  });
}
function markNested(w, node, depth) {
  if (depth > 6) return;
  for (const p of node.properties) {
    const v = isPropertyAssignment4(p) ? unwrapExpression(p.initializer) : void 0;
    if (v && isObjectLiteralExpression4(v)) {
      w.configObjects.add(v);
      markNested(w, v, depth + 1);
    }
  }
}
function numericDefault(e, depth) {
  if (depth > 3) return false;
  if (typescript_default.isCallExpression(e) && e.arguments[0]) return numericDefault(unwrapExpression(e.arguments[0]), depth + 1);
  if (!typescript_default.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  if (op !== SyntaxKind4.QuestionQuestionToken && op !== SyntaxKind4.BarBarToken) return false;
  const right = unwrapExpression(e.right);
  return typescript_default.isNumericLiteral(right) || typescript_default.isStringLiteral(right) && /^\d+$/.test(right.text) || numericDefault(right, depth + 1);
}
function looksLikeOptions(w, arg, depth) {
  const a = unwrapExpression(arg);
  if (isObjectLiteralExpression4(a)) {
    return a.properties.some((p) => {
      if (isSpreadAssignment3(p)) return true;
      const key = p.name && propertyName(p.name);
      if (key && SETTING_KEY.test(key)) return true;
      return depth < 2 && isPropertyAssignment4(p) && looksLikeOptions(w, p.initializer, depth + 1);
    });
  }
  if (isIdentifier4(a) || isPropertyAccessExpression4(a)) {
    const name = isIdentifier4(a) ? a.text : a.name.text;
    return OPTIONS_NAME.test(name) || SETTING_KEY.test(name);
  }
  return false;
}

// src/model/facts/walk.ts
function marked(fn, mark, body) {
  fn[mark] = (fn[mark] ?? 0) + 1;
  try {
    body();
  } finally {
    fn[mark] -= 1;
  }
}
var Walk = class {
  constructor(path5, sf, tellingNames) {
    this.sf = sf;
    this.tellingNames = tellingNames;
    this.facts = { path: path5, imports: {}, exports: {}, starExports: [], bindings: {}, functions: [], classes: {}, constants: {}, exportLocals: {} };
  }
  sf;
  tellingNames;
  facts;
  scopes = [];
  usedIds = /* @__PURE__ */ new Map();
  /** Calls that are an inner link of a chain (`db.select()` in `db.select().from(t)`): not effects of their own. */
  chained = /* @__PURE__ */ new Set();
  parallelCallbacks = /* @__PURE__ */ new Set();
  /** Calls made as a statement of their own, their promise (if any) not awaited: the code after them does not wait. */
  unawaited = /* @__PURE__ */ new Set();
  /** Calls handed straight to another call, to that call's callee (`qb.select(knex.raw(...))`). */
  argumentOf = /* @__PURE__ */ new Map();
  /** Object literals handed straight to a call (options a callee may call back: `withRetry({ run: () => ... })`). */
  callArguments = /* @__PURE__ */ new Set();
  /** Constructions and calls whose result a name holds (`const api = axios.create(...)`, `this.redis = new Redis(...)`): that name. */
  boundNames = /* @__PURE__ */ new Map();
  /** Object literals nested in a configuration object already noted as a setting site (facts/values.ts). */
  configObjects = /* @__PURE__ */ new Set();
  /** Iterations whose callbacks make tasks for a limiter (`queue.addAll(xs.map(...))`): the limiter's module. */
  limitedCallbacks = /* @__PURE__ */ new Map();
  /** Local lists made empty and filled by pushes (facts/fills.ts): what their pushes can put in them. */
  filledLists = /* @__PURE__ */ new WeakMap();
  /** The default of a parameter (`status = ALL_STATUSES`, `{ kinds = ['a', 'b'] }`): a loop over it iterates a subset of that list. */
  defaultOf = /* @__PURE__ */ new WeakMap();
  /** The function and position of each parameter binding: calls to it invoke a caller's callback. */
  paramOwner = /* @__PURE__ */ new WeakMap();
  /** The initializer behind a binding's getter: option values read through a local name. */
  initOf = /* @__PURE__ */ new WeakMap();
  /** Locals read out of a parameter (`const { data } = input`, `({ data }: Input) =>`): the parameter and the path under it. */
  paramPaths = /* @__PURE__ */ new WeakMap();
  exportedNames = /* @__PURE__ */ new Set();
  pendingConstants = [];
  pendingExportClauses = [];
  /** The ids of the functions the walk is in: a nested function's id is qualified by them. */
  qualifyPrefix = [];
  /** Function types by name: type aliases of a function type and function declarations, for `Parameters<F>` and `ReturnType<F>`. */
  signatures = /* @__PURE__ */ new Map();
  /** While a generic type alias or interface is described: its type parameters by name, to their positions. */
  typeParams;
  /** The module's own code, as a function: set first by the walk. */
  moduleFn;
  lineOf(node) {
    return this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf)).line + 1;
  }
  span(node) {
    const start = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const end = this.sf.getLineAndCharacterOfPosition(node.end);
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  }
};

// src/model/facts/calls.ts
var { isArrayLiteralExpression: isArrayLiteralExpression4, isArrowFunction: isArrowFunction3, isCallExpression: isCallExpression4, isFunctionExpression: isFunctionExpression3, isIdentifier: isIdentifier5, isObjectLiteralExpression: isObjectLiteralExpression5, isPropertyAccessExpression: isPropertyAccessExpression5, isSpreadElement: isSpreadElement3 } = typescript_default;
var PARALLEL_COMBINATORS = /* @__PURE__ */ new Set(["all", "allSettled", "any", "race"]);
var BODY_READERS = /* @__PURE__ */ new Set(["json", "text", "buffer", "blob", "arrayBuffer", "formData"]);
var LIMITERS2 = new Set(LIMITER_MODULES);
function isPromiseLink(method) {
  return method === "then" || method === "catch" || method === "finally" || method !== void 0 && BODY_READERS.has(method);
}
function noteCallContext(w, call, callee, method, receiver, promiseLink, fn) {
  const directReceiver = isPropertyAccessExpression5(callee) ? stripParens(callee.expression) : void 0;
  if (directReceiver && isCallExpression4(directReceiver) && !promiseLink) w.chained.add(directReceiver);
  if (method && PARALLEL_COMBINATORS.has(method) && receiver && isIdentifier5(receiver) && /^(Promise|Bluebird|P)$/.test(receiver.text)) {
    for (const arg of call.arguments) {
      const a = unwrapExpression(arg);
      if (isCallExpression4(a)) w.parallelCallbacks.add(a);
      else if (isArrayLiteralExpression4(a)) {
        for (const el of a.elements) {
          const x = unwrapExpression(isSpreadElement3(el) ? el.expression : el);
          if (isCallExpression4(x)) w.parallelCallbacks.add(x);
          else if (isIdentifier5(x)) awaitedTogether(w, x, fn);
        }
      } else if (isIdentifier5(a)) awaitedTogether(w, a, fn);
    }
  }
  if (method === "addAll" && receiver && isLimiter(symOf(w, receiver))) {
    const a = call.arguments[0] && unwrapExpression(call.arguments[0]);
    if (a && isCallExpression4(a)) {
      w.parallelCallbacks.add(a);
      w.limitedCallbacks.set(a, limiterModule(symOf(w, receiver)));
    }
  }
  if (method === "push" && receiver && isIdentifier5(receiver) && fn.loopStack.length && call.arguments.some((a) => isPromiseValue(a))) {
    fn.pushedIn ??= /* @__PURE__ */ new Map();
    const list = fn.pushedIn.get(receiver.text) ?? [];
    list.push(fn.loopStack[fn.loopStack.length - 1]);
    fn.pushedIn.set(receiver.text, list);
  }
}
function awaitedTogether(w, name, fn) {
  for (const i of fn.pushedIn?.get(name.text) ?? []) fn.fact.loops[i].parallel = true;
  const init = initializerOf(w, name.text);
  const call = init && unwrapExpression(init);
  if (!call || !isCallExpression4(call)) return;
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  const loop = fn.fact.loops.find((l) => l.line === line + 1 && l.column === character + 1 && l.kind === "map");
  if (loop) loop.parallel = true;
}
function recordCall(w, call, callee, sym, fn) {
  if (!interesting(sym, w.tellingNames)) return;
  const first = call.arguments[0];
  const links = chainCalls(call);
  const fact = {
    callee: sym,
    text: compact(callee.getText(w.sf)),
    span: w.span(call),
    loops: [...fn.loopStack],
    inFilter: links.some((c) => c.arguments.some((a) => hasInFilter(a, 0, w.sf))),
    arrayArg: links.some((c) => !!c.arguments[0] && (isArrayLiteralExpression4(unwrapExpression(c.arguments[0])) || isMapCall(c.arguments[0]))),
    arg0: first ? commandArg(w, first) : null,
    argc: call.arguments.length
  };
  const lead = call.arguments.slice(0, 4).filter((a) => !isOptionsOrCallback(a));
  if (lead.length) fact.lead = lead.map((a) => valOf(w, a, 0));
  const given = givenArguments(w, call.arguments);
  if (given.length) fact.given = given;
  if (w.unawaited.has(call)) fact.unawaited = true;
  const argOf = w.argumentOf.get(call);
  if (argOf) fact.argOf = argOf;
  const invoked = isPropertyAccessExpression5(callee) && /^(call|apply)$/.test(callee.name.text) ? callee.expression : callee;
  Object.assign(fact, higherOrder(w, fn, invoked, call.arguments));
  fn.fact.calls.push(fact);
}
function isOptionsOrCallback(a) {
  const u = unwrapExpression(a);
  return isObjectLiteralExpression5(u) || isArrowFunction3(u) || isFunctionExpression3(u) || isSpreadElement3(u);
}
function commandArg(w, first) {
  const sym = symOf(w, first);
  return sym.t === "new" ? sym : null;
}
function recordReference(w, target, fn, ifInvoked = false) {
  let expr = target;
  if (isCallExpression4(expr) && isPropertyAccessExpression5(expr.expression) && expr.expression.name.text === "bind") expr = expr.expression.expression;
  const sym = symOf(w, expr);
  fn.fact.calls.push({ callee: sym, text: compact(expr.getText(w.sf)), span: w.span(expr), loops: [...fn.loopStack], inFilter: false, arrayArg: false, arg0: null, reference: true, ...higherOrder(w, fn, expr, []), ...ifInvoked ? { ifInvoked } : {} });
}
function isFunctionValue(w, a) {
  if (!isIdentifier5(a) && !isPropertyAccessExpression5(a)) return false;
  const s = symOf(w, a);
  if (s.t === "fn") return true;
  if (s.t === "member") return s.of.t === "this" || s.of.t === "import" && s.of.module.startsWith(".");
  return s.t === "import" && s.module.startsWith(".");
}
function callbackRef(w, call, callee, arg, fn) {
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  return { callee, text: compact(call.expression.getText(w.sf)), arg, args: call.arguments.map((a) => compact(a.getText(w.sf), 60)), depth: fn.loopStack.length, line: line + 1, column: character + 1 };
}
function onFailure(fn, body) {
  marked(fn, "onError", body);
}
function isDetached(expr) {
  let e = stripParens(expr);
  if (typescript_default.isVoidExpression(e)) return isCallExpression4(stripParens(e.expression));
  let linked = false;
  while (isCallExpression4(e) && isPropertyAccessExpression5(e.expression) && (e.expression.name.text === "then" || e.expression.name.text === "catch" || e.expression.name.text === "finally")) {
    e = stripParens(e.expression.expression);
    linked = true;
  }
  return linked && isCallExpression4(e);
}
function inBackground(fn, body) {
  marked(fn, "detached", body);
}
function inCallback(fn, cb, body) {
  fn.callbackStack.push(cb);
  try {
    body();
  } finally {
    fn.callbackStack.pop();
  }
}
function higherOrder(w, fn, invoked, args) {
  const out = {};
  const invokes = invoked && paramOf(w, invoked);
  if (invokes) out.invokes = invokes;
  const passes = [];
  args.forEach((a, arg) => {
    const p = paramOf(w, a, true);
    if (p) passes.push({ arg, ...p });
  });
  if (passes.length) out.passes = passes;
  if (fn.callbackStack.length) out.callbacks = fn.callbackStack.slice();
  if (fn.onError) out.onError = true;
  if (fn.unless) out.unless = fn.unless;
  if (fn.memo) out.memo = true;
  if (fn.cached) out.cached = true;
  if (fn.detached) out.detached = true;
  return out;
}
function noteLimiter(calleeSym, fn) {
  const top = fn.loopStack[fn.loopStack.length - 1];
  if (top === void 0) return;
  let s = calleeSym;
  if (s.t === "member") s = s.of;
  while (s.t === "call" || s.t === "new") s = s.of;
  if (s.t === "member") s = s.of;
  if (s.t !== "import") return;
  const loop = fn.fact.loops[top];
  if (LIMITERS2.has(s.module)) loop.concurrency ??= s.module;
  else if (loop.parallel && !loop.concurrency) loop.limiterImport ??= { module: s.module, name: s.name };
}
function interesting(sym, tellingNames) {
  let s = sym;
  const names = [];
  while (s.t === "member" || s.t === "call" || s.t === "new") {
    names.push(s.t === "member" ? s.name : "()");
    s = s.of;
  }
  if (s.t === "global") return s.name === "fetch";
  if (s.t === "literal" || s.t === "array") return false;
  if (s.t !== "unknown") return true;
  if (s.name) names.push(s.name);
  const receiver = names[1];
  return receiver !== void 0 && receiver !== "()" && tellingNames.some((p) => p.test(receiver));
}
function isLimiter(sym) {
  let s = sym;
  while (s.t === "member" || s.t === "call" || s.t === "new") s = s.of;
  return s.t === "import" && LIMITERS2.has(s.module);
}
function limiterModule(sym) {
  let s = sym;
  while (s.t === "member" || s.t === "call" || s.t === "new") s = s.of;
  return s.t === "import" ? s.module : "limiter";
}

// src/model/facts/declarations.ts
var { SyntaxKind: SyntaxKind5, canHaveModifiers, getModifiers, isArrowFunction: isArrowFunction4, isBindingElement, isClassDeclaration, isClassExpression: isClassExpression2, isEnumDeclaration, isExportAssignment, isExportDeclaration, isExternalModuleReference, isFunctionDeclaration: isFunctionDeclaration2, isFunctionExpression: isFunctionExpression4, isFunctionTypeNode: isFunctionTypeNode3, isIdentifier: isIdentifier6, isImportDeclaration, isImportEqualsDeclaration, isInterfaceDeclaration, isNamedImports, isNamespaceExport, isNamespaceImport, isObjectBindingPattern, isObjectLiteralExpression: isObjectLiteralExpression6, isStringLiteral: isStringLiteral4, isTypeAliasDeclaration, isVariableStatement } = typescript_default;
function hasExport(node) {
  const mods = canHaveModifiers(node) ? getModifiers(node) : void 0;
  return !!mods?.some((m) => m.kind === SyntaxKind5.ExportKeyword);
}
function hasDefault(node) {
  const mods = canHaveModifiers(node) ? getModifiers(node) : void 0;
  return !!mods?.some((m) => m.kind === SyntaxKind5.DefaultKeyword);
}
function declareModuleStatement(w, stmt, scope) {
  if (isImportDeclaration(stmt) && isStringLiteral4(stmt.moduleSpecifier)) {
    const module = stmt.moduleSpecifier.text;
    const clause = stmt.importClause;
    if (!clause) return;
    if (clause.name) addImport(w, scope, clause.name.text, module, "default");
    const nb = clause.namedBindings;
    if (nb && isNamespaceImport(nb)) addImport(w, scope, nb.name.text, module, "*");
    if (nb && isNamedImports(nb)) {
      for (const el of nb.elements) addImport(w, scope, el.name.text, module, (el.propertyName ?? el.name).text);
    }
    return;
  }
  if (isImportEqualsDeclaration(stmt) && isExternalModuleReference(stmt.moduleReference) && isStringLiteral4(stmt.moduleReference.expression)) {
    addImport(w, scope, stmt.name.text, stmt.moduleReference.expression.text, "*");
    return;
  }
  if (isExportDeclaration(stmt)) {
    const from = stmt.moduleSpecifier && isStringLiteral4(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : void 0;
    if (!stmt.exportClause) {
      if (from) w.facts.starExports.push(from);
      return;
    }
    if (isNamespaceExport(stmt.exportClause)) {
      if (from) w.facts.exports[stmt.exportClause.name.text] = { t: "import", module: from, name: "*" };
      return;
    }
    for (const el of stmt.exportClause.elements) {
      const local = (el.propertyName ?? el.name).text;
      if (from) w.facts.exports[el.name.text] = { t: "import", module: from, name: local };
      else w.pendingExportClauses.push({ local, exported: el.name.text });
    }
    return;
  }
  if (isExportAssignment(stmt)) return;
  declareStatement(w, stmt, scope, true);
}
function addImport(w, scope, local, module, name) {
  w.facts.imports[local] = { module, name };
  const sym = { t: "import", module, name };
  scope.set(local, () => sym);
}
function declareStatement(w, stmt, scope, moduleLevel) {
  if (isFunctionDeclaration2(stmt) && stmt.name) {
    const name = stmt.name.text;
    if (!w.signatures.has(name)) w.signatures.set(name, stmt);
    const id = moduleLevel ? name : qualify(w, name);
    const exported = moduleLevel && hasExport(stmt);
    if (exported) w.exportedNames.add(name);
    if (moduleLevel && hasDefault(stmt)) w.facts.exports["default"] = { t: "fn", id };
    scope.set(name, () => ({ t: "fn", id }));
    return;
  }
  if (isClassDeclaration(stmt) && stmt.name) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (moduleLevel && hasDefault(stmt)) w.facts.exports["default"] = { t: "class", name };
    scope.set(name, () => ({ t: "class", name }));
    return;
  }
  if (isVariableStatement(stmt)) {
    const exported = moduleLevel && hasExport(stmt);
    for (const decl of stmt.declarationList.declarations) declareBinding(w, decl.name, decl.initializer, scope, exported, moduleLevel, decl.type);
    return;
  }
  if (isEnumDeclaration(stmt)) {
    scope.set(stmt.name.text, () => ({ t: "literal" }));
  }
  if (isTypeAliasDeclaration(stmt)) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (isFunctionTypeNode3(stmt.type) && !w.signatures.has(name)) w.signatures.set(name, stmt.type);
    if (!scope.has(name)) scope.set(name, lazy(() => withTypeParams(w, stmt.typeParameters, () => typeSym(w, stmt.type)) ?? { t: "unknown", name }));
  }
  if (isInterfaceDeclaration(stmt)) {
    const name = stmt.name.text;
    if (moduleLevel && hasExport(stmt)) w.exportedNames.add(name);
    if (!scope.has(name)) scope.set(name, lazy(() => withTypeParams(w, stmt.typeParameters, () => membersSym(w, stmt.members, name))));
    if (moduleLevel && stmt.members.some((m) => typescript_default.isMethodSignature(m))) (w.facts.interfaces ??= []).push(name);
  }
}
function declareNested(w, pattern, of, scope, exported) {
  for (const el of pattern.elements) {
    const prop = el.propertyName && isIdentifier6(el.propertyName) ? el.propertyName.text : isIdentifier6(el.name) ? el.name.text : void 0;
    if (!prop) continue;
    const inner = () => ({ t: "member", of: of(), name: prop });
    if (isObjectBindingPattern(el.name)) declareNested(w, el.name, inner, scope, exported);
    else if (isIdentifier6(el.name)) {
      if (exported) w.exportedNames.add(el.name.text);
      scope.set(el.name.text, lazy(inner));
    }
  }
}
function declareBinding(w, name, init, scope, exported, moduleLevel, type) {
  if (isIdentifier6(name)) {
    if (exported) w.exportedNames.add(name.text);
    if (init && moduleLevel && isValueLike(init)) {
      const local2 = name.text;
      w.pendingConstants.push(() => w.facts.constants[local2] = valOf(w, init, 0));
    }
    const fnLike = init && unwrapExpression(init);
    if (fnLike && (isArrowFunction4(fnLike) || isFunctionExpression4(fnLike))) {
      const id = moduleLevel ? name.text : qualify(w, name.text);
      scope.set(name.text, () => ({ t: "fn", id }));
      return;
    }
    if (fnLike && isClassExpression2(fnLike)) {
      scope.set(name.text, () => ({ t: "class", name: name.text }));
      return;
    }
    const local = name.text;
    const getter = lazy(() => declared(w, init ? symOf(w, init) : { t: "unknown", name: local }, local, type));
    if (init) w.initOf.set(getter, init);
    scope.set(name.text, getter);
    return;
  }
  if (isObjectBindingPattern(name)) {
    for (const el of name.elements) {
      const prop = el.propertyName && isIdentifier6(el.propertyName) ? el.propertyName.text : isIdentifier6(el.name) ? el.name.text : void 0;
      if (isObjectBindingPattern(el.name)) {
        if (prop && init) declareNested(w, el.name, () => ({ t: "member", of: symOf(w, init), name: prop }), scope, exported);
        continue;
      }
      if (!isIdentifier6(el.name)) continue;
      const local = el.name.text;
      if (exported) w.exportedNames.add(local);
      const getter = lazy(() => {
        if (!init || !prop) return { t: "unknown", name: local };
        const base = symOf(w, init);
        return base.t === "unknown" ? { t: "unknown", name: local } : { t: "member", of: base, name: prop };
      });
      const from = init && prop && !moduleLevel ? givenPath(w, init) : void 0;
      if (from && prop) w.paramPaths.set(getter, { ...from, path: [...from.path ?? [], prop] });
      scope.set(local, getter);
    }
    return;
  }
  for (const el of name.elements) {
    if (isBindingElement(el) && isIdentifier6(el.name)) {
      const local = el.name.text;
      scope.set(local, () => ({ t: "unknown", name: local }));
    }
  }
}
function bindParameters(w, params, scope, callbackOf) {
  for (const [index, p] of params.entries()) {
    if (isIdentifier6(p.name)) {
      const sym = callbackOf && !/^(err|error|e|_)$/i.test(p.name.text) ? { t: "param", name: p.name.text, callbackOf: { ...callbackOf, index } } : paramSym(w, p);
      const getter = () => sym;
      if (p.initializer && !isObjectLiteralExpression6(unwrapExpression(p.initializer))) w.initOf.set(getter, p.initializer);
      if (p.initializer) w.defaultOf.set(getter, p.initializer);
      scope.set(p.name.text, getter);
    } else {
      const whole = p.type ? paramSym(w, p) : void 0;
      bindPattern(w, p.name, whole && whole.t !== "literal" ? () => whole : void 0, scope);
    }
  }
}
function bindPattern(w, pattern, of, scope) {
  if (isIdentifier6(pattern)) return;
  pattern.elements.forEach((el, index) => {
    if (typescript_default.isOmittedExpression(el) || el.dotDotDotToken) return;
    const key = isObjectBindingPattern(pattern) ? el.propertyName ? propertyName(el.propertyName) : isIdentifier6(el.name) ? el.name.text : void 0 : String(index);
    const member = of && key !== void 0 ? () => ({ t: "member", of: of(), name: key }) : void 0;
    if (!isIdentifier6(el.name)) return bindPattern(w, el.name, member, scope);
    const local = el.name.text;
    const getter = member ? lazy(() => either(member(), { t: "unknown", name: local })) : () => ({ t: "unknown", name: local });
    if (el.initializer) w.defaultOf.set(getter, el.initializer);
    scope.set(local, getter);
  });
}
function qualify(w, name) {
  return [...w.qualifyPrefix, name].join(".");
}
function resolveExportClauses(w) {
  for (const name of w.exportedNames) {
    if (!w.facts.exports[name]) w.facts.exports[name] = lookup(w, name);
  }
  for (const { local, exported } of w.pendingExportClauses) {
    w.facts.exports[exported] = lookup(w, local);
    w.facts.exportLocals[exported] = local;
  }
  for (const name of w.exportedNames) w.facts.exportLocals[name] ??= name;
  const exportedClasses = /* @__PURE__ */ new Set();
  for (const sym of Object.values(w.facts.exports)) if (sym.t === "class") exportedClasses.add(sym.name);
  for (const cls of Object.values(w.facts.classes)) {
    if (w.facts.exports[cls.name] || exportedClasses.has(cls.name)) cls.exported = true;
  }
  const def = w.facts.exports["default"];
  for (const fn of w.facts.functions) {
    const head = fn.id.split(/[.#(]/)[0] ?? "";
    if (w.facts.exports[head] || w.exportedNames.has(head) || w.facts.classes[head]?.exported) fn.exported = true;
    if (def && (def.t === "fn" && def.id === fn.id || def.t === "class" && fn.id.startsWith(def.name + "."))) fn.exported = true;
  }
}

// src/model/facts/fills.ts
var { NodeFlags, isArrayLiteralExpression: isArrayLiteralExpression5, isIdentifier: isIdentifier7, isSpreadElement: isSpreadElement4, isVariableStatement: isVariableStatement2 } = typescript_default;
var ADDS = /* @__PURE__ */ new Set(["push", "unshift"]);
var MAY_ADD = /* @__PURE__ */ new Set(["splice", "fill", "copyWithin"]);
function noteEmptyLists(w, statements, scope, fn) {
  if (fn === w.moduleFn) return;
  for (const stmt of statements) {
    if (!isVariableStatement2(stmt) || !(stmt.declarationList.flags & NodeFlags.Const)) continue;
    for (const d of stmt.declarationList.declarations) {
      const init = d.initializer && unwrapExpression(d.initializer);
      if (!isIdentifier7(d.name) || !init || !isArrayLiteralExpression5(init) || init.elements.length) continue;
      const get = scope.get(d.name.text);
      if (get) w.filledLists.set(get, { fn, depth: fn.loopStack.length, callbacks: fn.callbackStack.length, count: 0 });
    }
  }
}
function noteListUse(w, call, method, receiver, calleeIsGlobal, fn) {
  const onList = receiver && isIdentifier7(receiver) ? fillOf(w, receiver.text) : void 0;
  if (onList && method && ADDS.has(method)) {
    const args = call.arguments.some((a) => isSpreadElement4(a)) ? Infinity : call.arguments.length;
    onList.count += args * timesRun(onList, fn);
  } else if (onList && method && MAY_ADD.has(method)) onList.count = Infinity;
  if (calleeIsGlobal) return;
  for (const arg of call.arguments) {
    const a = unwrapExpression(isSpreadElement4(arg) ? arg.expression : arg);
    const given = isIdentifier7(a) ? fillOf(w, a.text) : void 0;
    if (given) given.count = Infinity;
  }
}
function filledCount(w, name, fn) {
  const fill = fn && fillOf(w, name);
  if (!fill || fill.fn !== fn || fn.loopStack.length !== fill.depth || fn.callbackStack.length !== fill.callbacks) return void 0;
  return fill.count > 0 && Number.isFinite(fill.count) ? fill.count : void 0;
}
function fillOf(w, name) {
  const get = bindingOf(w, name);
  return get && w.filledLists.get(get);
}
function timesRun(fill, fn) {
  if (fn !== fill.fn || fn.callbackStack.length > fill.callbacks) return Infinity;
  let times = 1;
  for (const index of fn.loopStack.slice(fill.depth)) {
    const loop = fn.fact.loops[index];
    times *= loop.bound === "literal" && loop.count !== void 0 ? loop.count : Infinity;
  }
  return times;
}

// src/model/facts/loops.ts
var { SyntaxKind: SyntaxKind6, isNewExpression: isNewExpression3, getModifiers: getModifiers2, isArrayLiteralExpression: isArrayLiteralExpression6, isArrowFunction: isArrowFunction5, isBinaryExpression: isBinaryExpression3, isCallExpression: isCallExpression5, isDoStatement: isDoStatement2, isForInStatement: isForInStatement2, isForOfStatement: isForOfStatement2, isFunctionExpression: isFunctionExpression5, isIdentifier: isIdentifier8, isNumericLiteral: isNumericLiteral3, isObjectLiteralExpression: isObjectLiteralExpression7, isPropertyAccessExpression: isPropertyAccessExpression6, isPropertyAssignment: isPropertyAssignment5, isShorthandPropertyAssignment: isShorthandPropertyAssignment4, isSpreadElement: isSpreadElement5, isStringLiteralLike, isVariableDeclarationList } = typescript_default;
var ITERATION_METHODS = {
  map: "map",
  forEach: "forEach",
  flatMap: "flatMap",
  filter: "filter",
  reduce: "reduce",
  reduceRight: "reduce",
  some: "some",
  every: "every",
  find: "find",
  findIndex: "find",
  findLast: "find",
  findLastIndex: "find",
  each: "forEach",
  eachSeries: "forEach",
  mapSeries: "map",
  mapValues: "map",
  forOwn: "forEach",
  times: "map",
  eachLimit: "forEach",
  mapLimit: "map",
  forEachSeries: "forEach",
  forEachLimit: "forEach",
  flatMapDeep: "flatMap",
  groupBy: "other-callback",
  sortBy: "other-callback",
  keyBy: "other-callback",
  sumBy: "other-callback",
  countBy: "other-callback"
};
var COLLECTION_FIRST_LIBRARIES = /* @__PURE__ */ new Set(["lodash", "lodash-es", "underscore", "async", "p-map", "p-each-series", "p-map-series", "bluebird", "ramda", "radash"]);
var PAGINATION = /\b(cursor|nextCursor|next_cursor|nextToken|NextToken|nextPageToken|pageToken|PageToken|hasMore|has_more|hasNextPage|hasNext|LastEvaluatedKey|ExclusiveStartKey|ContinuationToken|NextContinuationToken|NextMarker|Marker|startAfter|endCursor|page|pageNumber|pageIndex|offset|nextPage|next_page|paginat\w*)\b/;
var CURSOR_READ = new RegExp(`\\.${PAGINATION.source}`);
var RETRY = /\b(attempts?|attemptNumber|retr(y|ies|ied)\w*|tries|maxRetries|MAX_RETRIES|MAX_ATTEMPTS|retryCount|numRetries)\b/i;
var SLEEP = /\b(sleep|delay|wait|setTimeout|backoff|timers\.setTimeout|waitFor)\s*\(/;
var CHUNKER = /^(chunk\w*|\w+Chunks?|splitEvery|splitIntoChunks|batch(es)?Of|inBatches|toBatches|intoBatches|split\w*Batch\w*)$/i;
var CHUNKS_NAME = /^(chunks|batches)$|^chunked|Chunks$|Batches$/;
var GROUPER = /^(groupBy|group[A-Z]\w*By)$/;
var PAGED_ITERABLE = /(paginat|pages\b|Pages\b|cursor|scan\w*Stream|iterate|Iterator\b)/;
function inLoop(fn, loop, body) {
  fn.fact.loops.push(loop);
  fn.loopStack.push(fn.fact.loops.length - 1);
  body();
  fn.loopStack.pop();
}
function forOfLoop(w, node, fn) {
  const isAwait = isForOfStatement2(node) && !!node.awaitModifier;
  const kind = isForInStatement2(node) ? "for-in" : isAwait ? "for-await" : "for-of";
  const loop = loopFact(w, kind, node.expression, node, false, void 0, fn);
  loop.header = compact(w.sf.text.slice(node.getStart(w.sf), node.statement.getStart(w.sf))).replace(/\s*$/, "");
  if (isAwait && PAGED_ITERABLE.test(loop.over)) loop.bound = "paginated";
  if (kind === "for-of" && loop.bound === "unbounded" && isVariableDeclarationList(node.initializer) && node.initializer.declarations.length === 1) {
    const name = node.initializer.declarations[0].name;
    const unused = isIdentifier8(name) && (name.text.startsWith("_") || !mentions(node.statement, name.text));
    if (unused && exits(node.statement)) loop.bound = "paginated";
  }
  return loop;
}
function classicLoop(w, node) {
  const cond = node.condition ? compact(node.condition.getText(w.sf)) : "true";
  const init = node.initializer ? compact(node.initializer.getText(w.sf)) : "";
  const loop = loopFact(w, "for", node.condition ?? node, node, false, void 0);
  loop.header = compact(w.sf.text.slice(node.getStart(w.sf), node.statement.getStart(w.sf))).replace(/\s*$/, "");
  loop.over = cond;
  delete loop.count;
  loop.bound = "unbounded";
  const bound2 = node.condition && isBinaryExpression3(node.condition) ? unwrapExpression(node.condition.right) : void 0;
  const boundInit = bound2 && isIdentifier8(bound2) ? initializerOf(w, bound2.text) : void 0;
  const lengthOf = /\b([\w$.]+)\.(length|size)\b/.exec(cond) ?? (boundInit ? /^([\w$.]+)\.(length|size)$/.exec(compact(boundInit.getText(w.sf))) : null);
  const chunked = !!bound2 && isPropertyAccessExpression6(bound2) && isChunks(w, bound2.expression, 0) || steps(w, node.incrementor);
  if (lengthOf) loop.over = lengthOf[1];
  else if (node.condition && isBinaryExpression3(node.condition)) {
    const n = numberOf(w, node.condition.right);
    if (n !== void 0) {
      loop.bound = "literal";
      loop.count = n;
    }
  }
  if (node.condition && isBinaryExpression3(node.condition) && /^<=?$/.test(node.condition.operatorToken.getText(w.sf))) loop.limit = valOf(w, node.condition.right, 0);
  const header = `${init} ${cond}`;
  if (chunked && (lengthOf || loop.bound !== "literal")) loop.bound = "chunked";
  else if (loop.bound === "literal" && followsCursor(w, node.statement)) loop.pages = true;
  else if (RETRY.test(header)) loop.bound = "retry";
  else if (!lengthOf && PAGINATION.test(header)) loop.bound = "paginated";
  else if (!node.condition || cond === "true") loop.bound = repeatBound(w, node.statement, cond);
  if (loop.bound === "retry") retryDetails(w, loop, node.statement);
  return loop;
}
function conditionLoop(w, node) {
  const cond = compact(node.expression.getText(w.sf));
  const loop = loopFact(w, isDoStatement2(node) ? "do" : "while", node.expression, node, false, void 0);
  delete loop.count;
  loop.over = cond;
  loop.header = isDoStatement2(node) ? `do ... while (${cond})` : `while (${cond})`;
  const worklist = /(\.length|\.size)\b|\.(pop|shift)\(\)/.exec(cond);
  loop.bound = worklist ? "unbounded" : repeatBound(w, node.statement, cond);
  if (loop.bound === "unknown" && reassignsCondition(w, node.statement, cond)) loop.bound = "paginated";
  if (loop.bound === "retry") {
    retryDetails(w, loop, node.statement);
    if (isBinaryExpression3(node.expression) && /^<=?$/.test(node.expression.operatorToken.getText(w.sf))) loop.limit = valOf(w, node.expression.right, 0);
  }
  if (worklist) {
    const m = /([\w$.]+?)(?:\.length|\.size|\.pop\(\)|\.shift\(\))/.exec(cond);
    if (m) loop.over = m[1];
  }
  return loop;
}
function mayIterate(callee, method) {
  if (method) return Object.hasOwn(ITERATION_METHODS, method) || method === "from" || method === "pMap";
  return isIdentifier8(callee) && (Object.hasOwn(ITERATION_METHODS, callee.text) || /^(pMap|map|each|forEach|filter|mapSeries|pEachSeries|pMapSeries)$/.test(callee.text));
}
function iterationOf(w, call, callee, method, receiver, fn) {
  const args = call.arguments;
  const isFn = (a) => {
    if (!a) return false;
    const u = unwrapExpression(a);
    if (isArrowFunction5(u) || isFunctionExpression5(u)) return true;
    const s = symOf(w, u);
    if (s.t === "fn") return true;
    if (s.t === "member") return s.of.t === "this" || s.of.t === "import" && s.of.module.startsWith(".");
    return s.t === "import" && s.module.startsWith(".");
  };
  const libraryFn = collectionFirstFunction(w, callee);
  if (libraryFn) {
    const cbIndex = args.findIndex((a, i) => i > 0 && isFn(a));
    if (cbIndex > 0 && args[0]) {
      const limitArg = /Limit$/.test(libraryFn.name) ? args[1] : void 0;
      const optArg = args[cbIndex + 1];
      const concurrency = limitArg ? compact(limitArg.getText(w.sf)) : optArg ? concurrencyOption(w, optArg) : void 0;
      const parallel = libraryFn.parallel && !/Series$/.test(libraryFn.name);
      const loop = loopFact(w, own(ITERATION_METHODS, libraryFn.name) ?? (libraryFn.module === "p-map" ? "map" : "other-callback"), args[0], call, parallel, concurrency, fn);
      return { loop, callbackIndex: cbIndex, collectionIsReceiver: false };
    }
  }
  const iteration = method ? own(ITERATION_METHODS, method) : void 0;
  if (method && receiver && iteration && isFn(args[0])) {
    const cb = args[0] ? unwrapExpression(args[0]) : void 0;
    const asyncCb = !!cb && (isArrowFunction5(cb) || isFunctionExpression5(cb)) && !!getModifiers2(cb)?.some((m) => m.kind === SyntaxKind6.AsyncKeyword);
    const parallel = w.parallelCallbacks.has(call) || asyncCb && method !== "reduce" && method !== "reduceRight";
    const kind = iteration;
    if (isIdentifier8(receiver) && /^(Promise|Bluebird)$/.test(receiver.text)) return void 0;
    return { loop: loopFact(w, kind, receiver, call, parallel, w.limitedCallbacks.get(call), fn), callbackIndex: 0, collectionIsReceiver: true };
  }
  if (method === "from" && receiver && isIdentifier8(receiver) && receiver.text === "Array" && args.length >= 2 && isFn(args[1])) {
    return { loop: loopFact(w, "map", args[0], call, w.parallelCallbacks.has(call), w.limitedCallbacks.get(call), fn), callbackIndex: 1, collectionIsReceiver: false };
  }
  return void 0;
}
function collectionFirstFunction(w, callee) {
  let name;
  let sym;
  if (isPropertyAccessExpression6(callee)) {
    name = callee.name.text;
    sym = symOf(w, unwrapExpression(callee.expression));
  } else if (isIdentifier8(callee)) {
    name = callee.text;
    sym = symOf(w, callee);
  } else return void 0;
  if (sym.t !== "import" || !COLLECTION_FIRST_LIBRARIES.has(sym.module.replace(/\/.*$/, ""))) return void 0;
  if (isIdentifier8(callee)) name = sym.name === "default" || sym.name === "*" ? sym.module.replace(/^.*\//, "") : sym.name;
  if (!name) return void 0;
  const known = own(ITERATION_METHODS, name) || sym.module === "p-map" || /^(map|each|forEach|filter|mapSeries|pMap)$/.test(name);
  if (!known) return void 0;
  const parallel = sym.module === "p-map" || sym.module === "async" || sym.module === "bluebird";
  return { name: name === "p-map" ? "map" : name, module: sym.module, parallel };
}
function concurrencyOption(w, arg) {
  const o = unwrapExpression(arg);
  if (!isObjectLiteralExpression7(o)) return void 0;
  for (const p of o.properties) {
    if (isPropertyAssignment5(p) && propertyName(p.name) === "concurrency") return compact(p.initializer.getText(w.sf));
    if (isShorthandPropertyAssignment4(p) && p.name.text === "concurrency") return "concurrency";
  }
  return void 0;
}
function loopFact(w, kind, collection, node, parallel, concurrency, fn) {
  const over = compact(collection.getText(w.sf));
  const { line, character } = w.sf.getLineAndCharacterOfPosition(node.getStart(w.sf));
  const count = literalCount(w, collection);
  const loop = {
    kind,
    over,
    bound: count !== void 0 ? "literal" : "unbounded",
    parallel,
    line: line + 1,
    column: character + 1,
    header: isCallExpression5(node) ? `${compact(node.expression.getText(w.sf))}(...)` : over
  };
  const cap = count === void 0 ? capOf(w, collection) : void 0;
  const pushes = count === void 0 && !cap ? pushedCount(w, collection, fn) : void 0;
  const pool = count === void 0 && !cap && !pushes ? poolSize(w, collection) : void 0;
  if (count !== void 0) loop.count = count;
  else if (pushes) {
    loop.bound = "literal";
    loop.count = pushes;
    loop.pushes = true;
  } else if (cap) {
    loop.bound = "literal";
    loop.count = cap.count;
    loop.capped = cap.text;
  } else if (pool) {
    loop.bound = "pool";
    concurrency ??= pool;
  } else if (isChunks(w, collection, 0)) loop.bound = "chunked";
  else {
    const grouped = groupsOf(w, collection, 0);
    if (grouped) {
      loop.bound = "chunked";
      loop.groups = true;
      loop.over = compact(grouped.getText(w.sf));
    }
  }
  if (loop.bound === "unbounded" || loop.bound === "literal") domainOf(w, collection, loop);
  if (loop.bound === "unbounded" && !loop.domain) keysOfConstant(w, collection, loop);
  if (loop.bound === "unbounded") {
    const param = givenParam(w, collection);
    if (param) loop.param = param;
  }
  if (concurrency) loop.concurrency = concurrency;
  return loop;
}
function domainOf(w, collection, loop) {
  const e = unwrapExpression(collection);
  if (!isIdentifier8(e)) return;
  let init;
  for (let i = w.scopes.length - 1; i >= 0 && !init; i--) {
    const get = w.scopes[i].get(e.text);
    if (get) {
      init = w.defaultOf.get(get);
      break;
    }
  }
  if (!init) return;
  const count = constantList(w, init, 0);
  if (count !== void 0) {
    loop.bound = "literal";
    loop.count = count;
    loop.ofDefault = compact(init.getText(w.sf), 40);
    return;
  }
  const d = unwrapExpression(init);
  if (isIdentifier8(d) || isPropertyAccessExpression6(d)) {
    loop.domain = valOf(w, d, 0);
    loop.ofDefault = compact(d.getText(w.sf), 40);
  }
}
function keysOfConstant(w, collection, loop) {
  const e = unwrapExpression(collection);
  if (!isCallExpression5(e) || !isPropertyAccessExpression6(e.expression) || !/^(keys|values|entries)$/.test(e.expression.name.text)) return;
  const on = unwrapExpression(e.expression.expression);
  const target = e.arguments[0] && unwrapExpression(e.arguments[0]);
  if (!isIdentifier8(on) || on.text !== "Object" || e.arguments.length !== 1 || !target) return;
  if (!isIdentifier8(target) && !(isPropertyAccessExpression6(target) && isIdentifier8(target.expression))) return;
  const root = isIdentifier8(target) ? target.text : target.expression.text;
  for (let i = w.scopes.length - 1; i > 0; i--) if (w.scopes[i].has(root)) return;
  if (!w.scopes[0]?.has(root)) return;
  loop.domain = valOf(w, target, 0);
  loop.domainKeys = true;
}
function constantList(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (isArrayLiteralExpression6(e)) {
    const constants = e.elements.every((x) => {
      const u = unwrapExpression(x);
      return isStringLiteralLike(u) || isNumericLiteral3(u) || isPropertyAccessExpression6(u) && isIdentifier8(u.expression);
    });
    return constants && e.elements.length >= 2 ? e.elements.length : void 0;
  }
  if (isIdentifier8(e) && depth < 3) {
    const init = initializerOf(w, e.text);
    return init ? constantList(w, init, depth + 1) : void 0;
  }
  return void 0;
}
function poolSize(w, expr) {
  const e = unwrapExpression(expr);
  if (!isObjectLiteralExpression7(e)) return void 0;
  const len = e.properties.find((p) => isPropertyAssignment5(p) && propertyName(p.name) === "length");
  if (!len || !isPropertyAssignment5(len)) return void 0;
  const text = compact(len.initializer.getText(w.sf));
  return /Math\.min\(|concurren|parallel|workers?\b|Workers|pool|threads|limit/i.test(text) ? text : void 0;
}
function isChunks(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (isCallExpression5(e)) {
    const name = calleeName(e.expression);
    return !!name && CHUNKER.test(name) && e.arguments.length >= 1;
  }
  if (isIdentifier8(e)) {
    if (CHUNKS_NAME.test(e.text)) return true;
    if (depth > 2) return false;
    const init = initializerOf(w, e.text);
    return !!init && isChunks(w, init, depth + 1);
  }
  return false;
}
function groupsOf(w, expr, depth) {
  const e = unwrapExpression(expr);
  if (isCallExpression5(e)) {
    const name = calleeName(e.expression);
    const first = e.arguments[0];
    if (name && GROUPER.test(name) && first) return e.arguments.length === 1 && isPropertyAccessExpression6(e.expression) ? e.expression.expression : first;
    if (isPropertyAccessExpression6(e.expression) && /^(entries|values|keys)$/.test(e.expression.name.text)) {
      const target = first && isIdentifier8(e.expression.expression) && e.expression.expression.text === "Object" ? first : e.arguments.length === 0 ? e.expression.expression : void 0;
      return target && groupsOf(w, target, depth);
    }
    return void 0;
  }
  if (isIdentifier8(e) && depth <= 2) {
    const init = initializerOf(w, e.text);
    return init && groupsOf(w, init, depth + 1);
  }
  return void 0;
}
function literalCount(w, expr, depth = 0) {
  const e = unwrapExpression(expr);
  const within2 = subsetOf(e);
  if (within2) return literalCount(w, within2, depth);
  if (isArrayLiteralExpression6(e)) return e.elements.some((x) => isSpreadElement5(x)) ? void 0 : e.elements.length;
  if (isIdentifier8(e)) {
    const s = lookup(w, e.text);
    if (s.t === "array" && s.count > 0) return s.count;
    const init = depth < 3 ? initializerOf(w, e.text) : void 0;
    if (init && subsetOf(unwrapExpression(init))) return literalCount(w, init, depth + 1);
  }
  if (isObjectLiteralExpression7(e)) {
    const len = e.properties.find((p) => isPropertyAssignment5(p) && propertyName(p.name) === "length");
    if (len && isPropertyAssignment5(len)) return numberOf(w, len.initializer);
  }
  if (isCallExpression5(e) && isPropertyAccessExpression6(e.expression) && /^(keys|values|entries)$/.test(e.expression.name.text) && e.arguments[0]) {
    const target = unwrapExpression(e.arguments[0]);
    if (isObjectLiteralExpression7(target)) return target.properties.length;
    if (isIdentifier8(target)) {
      const s = lookup(w, target.text);
      if (s.t === "object") return Object.keys(s.props).length;
    }
  }
  return void 0;
}
function pushedCount(w, collection, fn, depth = 0) {
  const e = unwrapExpression(collection);
  const within2 = subsetOf(e);
  if (within2 && depth < 3) return pushedCount(w, within2, fn, depth + 1);
  return isIdentifier8(e) ? filledCount(w, e.text, fn) : void 0;
}
function capOf(w, expr, depth = 0) {
  const e = unwrapExpression(expr);
  if (isCallExpression5(e) && isPropertyAccessExpression6(e.expression) && e.expression.name.text === "slice" && e.arguments.length === 2) {
    const start = numberOf(w, e.arguments[0]);
    const end = numberOf(w, e.arguments[1]);
    if (start !== void 0 && end !== void 0 && end > start && start >= 0) return { count: end - start, text: compact(e.arguments[1].getText(w.sf)) };
  }
  const rows = queryCap(w, e);
  if (rows) return rows;
  const within2 = subsetOf(e);
  if (within2) return capOf(w, within2, depth);
  if (isIdentifier8(e) && depth < 3) {
    const init = initializerOf(w, e.text);
    if (init) return capOf(w, init, depth + 1);
  }
  return void 0;
}
var QUERY_METHOD = /^(find\w*|select\w*|query|list\w*|search\w*|fetch\w*|get\w*s)$/;
var CAP_KEY = /^(take|limit|first|top|maxResults|pageSize)$/;
function queryCap(w, e) {
  if (!isCallExpression5(e) || !isPropertyAccessExpression6(e.expression)) return void 0;
  const method = e.expression.name.text;
  if (method === "limit" && e.arguments.length === 1 && isCallExpression5(unwrapExpression(e.expression.expression))) {
    const n = numberOf(w, e.arguments[0]);
    return n !== void 0 && n > 0 ? { count: n, text: compact(e.arguments[0].getText(w.sf)) } : void 0;
  }
  if (!QUERY_METHOD.test(method)) return void 0;
  for (const arg of e.arguments) {
    const a = unwrapExpression(arg);
    if (!isObjectLiteralExpression7(a)) continue;
    for (const p of a.properties) {
      if (!isPropertyAssignment5(p) || !CAP_KEY.test(propertyName(p.name) ?? "")) continue;
      const n = numberOf(w, p.initializer);
      if (n !== void 0 && n > 0) return { count: n, text: compact(p.initializer.getText(w.sf)) };
    }
  }
  return void 0;
}
function subsetOf(e) {
  if (isCallExpression5(e) && isPropertyAccessExpression6(e.expression)) {
    const method = e.expression.name.text;
    const on = unwrapExpression(e.expression.expression);
    if (/^(filter|slice)$/.test(method)) return on;
    if (method === "from" && isIdentifier8(on) && on.text === "Array" && e.arguments.length === 1 && !isObjectLiteralExpression7(unwrapExpression(e.arguments[0]))) return e.arguments[0];
  }
  if (isNewExpression3(e) && isIdentifier8(e.expression) && e.expression.text === "Set" && e.arguments?.length === 1) return e.arguments[0];
  if (isArrayLiteralExpression6(e) && e.elements.length === 1 && isSpreadElement5(e.elements[0])) return e.elements[0].expression;
  return void 0;
}
function numberOf(w, expr) {
  const e = unwrapExpression(expr);
  if (isNumericLiteral3(e)) return Number(e.text);
  if (isIdentifier8(e)) {
    const s = lookup(w, e.text);
    if (s.t === "literal" && typeof s.value === "number") return s.value;
  }
  return void 0;
}
function followsCursor(w, body) {
  const text = w.sf.text.slice(body.pos, body.end);
  for (const m of text.matchAll(/(?:^|[^.\w$])([A-Za-z_$][\w$]*)\s*(?:=|\?\?=|\|\|=)(?!=)([^;\n]*)/g)) {
    if (PAGINATION.test(m[1]) && !/^(page|offset)$/.test(m[1]) || CURSOR_READ.test(m[2])) return true;
  }
  return false;
}
function steps(w, incrementor) {
  if (!incrementor) return false;
  const e = unwrapExpression(incrementor);
  if (!isBinaryExpression3(e)) return false;
  let step;
  if (e.operatorToken.kind === SyntaxKind6.PlusEqualsToken) step = e.right;
  else if (e.operatorToken.kind === SyntaxKind6.EqualsToken && isBinaryExpression3(unwrapExpression(e.right))) {
    const r = unwrapExpression(e.right);
    if (r.operatorToken.kind === SyntaxKind6.PlusToken && r.left.getText(w.sf) === e.left.getText(w.sf)) step = r.right;
  }
  if (!step) return false;
  const n = numberOf(w, step);
  if (n !== void 0) return n > 1;
  const u = unwrapExpression(step);
  return (isIdentifier8(u) || isPropertyAccessExpression6(u)) && /size|chunk|batch|step|page|limit|per/i.test(u.getText(w.sf));
}
function reassignsCondition(w, body, cond) {
  const text = w.sf.text.slice(body.pos, body.end);
  for (const name of cond.match(/[A-Za-z_$][\w$]*/g) ?? []) {
    if (/^(true|false|null|undefined|typeof|void)$/.test(name)) continue;
    if (new RegExp(`(^|[^.\\w$])${name.replace(/\$/g, "\\$")}\\s*(=|\\?\\?=|\\|\\|=)(?!=)`).test(text)) return true;
  }
  return false;
}
function retryDetails(w, loop, body) {
  const text = w.sf.text.slice(body.pos, body.end);
  loop.sleeps = SLEEP.test(text);
  loop.jitter = /Math\.random|jitter/i.test(text);
  const tests = catchTests(w, body);
  if (tests?.length) loop.retryOn = [...new Set(tests)].join(" or ");
}
function catchTests(w, body) {
  const out = [];
  let open = false;
  const visit3 = (n) => {
    if (open || typescript_default.isFunctionLike(n)) return;
    if (typescript_default.isCatchClause(n)) {
      const test = selectiveTest(w, n);
      if (test) out.push(test);
      else open = true;
    }
    typescript_default.forEachChild(n, visit3);
  };
  visit3(body);
  return open ? void 0 : out;
}
function selectiveTest(w, clause) {
  const [first, second] = clause.block.statements;
  if (!first || !typescript_default.isIfStatement(first)) return void 0;
  const throws = (s) => !!s && (typescript_default.isThrowStatement(s) || typescript_default.isBlock(s) && s.statements.length > 0 && typescript_default.isThrowStatement(s.statements[s.statements.length - 1]));
  const cond = unwrapExpression(first.expression);
  const name = clause.variableDeclaration && isIdentifier8(clause.variableDeclaration.name) ? clause.variableDeclaration.name.text : void 0;
  if (!name || !mentions(cond, name)) return void 0;
  if (first.elseStatement) return throws(first.elseStatement) && !throws(first.thenStatement) ? compact(cond.getText(w.sf), 160) : void 0;
  if (throws(first.thenStatement)) {
    return typescript_default.isPrefixUnaryExpression(cond) && cond.operator === SyntaxKind6.ExclamationToken ? compact(unwrapExpression(cond.operand).getText(w.sf), 60) : `not ${compact(cond.getText(w.sf), 60)}`;
  }
  const continues = (s) => typescript_default.isContinueStatement(s) || typescript_default.isBlock(s) && s.statements.some((x) => typescript_default.isContinueStatement(x));
  if (continues(first.thenStatement) && throws(second)) return compact(cond.getText(w.sf), 60);
  return void 0;
}
function selfRetry(w, call, fn) {
  const node = fn.decl;
  const own2 = node?.name && isIdentifier8(node.name) ? node.name.text : void 0;
  if (!own2 || fn.fact.kind === "callback" || !("body" in node) || !node.body) return void 0;
  const callee = unwrapExpression(call.expression);
  const name = isPropertyAccessExpression6(callee) && callee.expression.kind === SyntaxKind6.ThisKeyword ? callee.name.text : isIdentifier8(callee) ? callee.text : void 0;
  if (name !== own2) return void 0;
  const params = new Set(node.parameters.flatMap((p) => isIdentifier8(p.name) ? [p.name.text] : []));
  let counter;
  for (const arg of call.arguments) {
    const a = unwrapExpression(arg);
    if (isBinaryExpression3(a) && a.operatorToken.kind === SyntaxKind6.PlusToken && isIdentifier8(a.left) && params.has(a.left.text) && isNumericLiteral3(a.right) && a.right.text === "1") counter = a.left.text;
    else if (!(isIdentifier8(a) && params.has(a.text))) return void 0;
  }
  const { line, character } = w.sf.getLineAndCharacterOfPosition(call.getStart(w.sf));
  const text = compact(call.getText(w.sf));
  const loop = { kind: "other-callback", over: text, bound: "retry", parallel: false, line: line + 1, column: character + 1, header: text, recursive: true };
  if (!counter) return loop;
  const body = node.body;
  const visit3 = (n) => {
    if (loop.limit || n !== body && typescript_default.isFunctionLike(n)) return;
    if (isBinaryExpression3(n) && /^[<>]=?$/.test(n.operatorToken.getText(w.sf))) {
      const other = isIdentifier8(n.left) && n.left.text === counter ? n.right : isIdentifier8(n.right) && n.right.text === counter ? n.left : void 0;
      if (other) loop.limit = valOf(w, other, 0);
    }
    typescript_default.forEachChild(n, visit3);
  };
  visit3(body);
  return loop;
}
function repeatBound(w, body, cond) {
  const text = w.sf.text.slice(body.pos, body.end);
  if (RETRY.test(cond) || RETRY.test(text) && /\bcatch\b/.test(text)) return "retry";
  if (PAGINATION.test(cond) || PAGINATION.test(text)) return "paginated";
  if (SLEEP.test(text)) return "polling";
  return "unknown";
}

// src/model/facts/memo.ts
var { SyntaxKind: SyntaxKind7, forEachChild: forEachChild2, isBinaryExpression: isBinaryExpression4, isBlock, isIdentifier: isIdentifier9, isPropertyAccessExpression: isPropertyAccessExpression7, isReturnStatement: isReturnStatement2 } = typescript_default;
function memoSlot(w, expr) {
  const e = unwrapExpression(expr);
  if (isPropertyAccessExpression7(e)) {
    let root = e;
    while (isPropertyAccessExpression7(root)) root = unwrapExpression(root.expression);
    return root.kind === SyntaxKind7.ThisKeyword ? compact(e.getText(w.sf)) : void 0;
  }
  if (!isIdentifier9(e)) return void 0;
  const module = w.scopes[0]?.get(e.text);
  if (!module) return void 0;
  for (let i = w.scopes.length - 1; i > 0; i--) if (w.scopes[i].has(e.text)) return void 0;
  return e.text;
}
function memoTest(w, cond) {
  const e = unwrapExpression(cond);
  if (typescript_default.isPrefixUnaryExpression(e) && e.operator === SyntaxKind7.ExclamationToken) {
    const inner = memoTest(w, e.operand);
    return inner && { slot: inner.slot, filled: !inner.filled };
  }
  if (isBinaryExpression4(e)) {
    const test = nullTest(e);
    const slot2 = test && memoSlot(w, test.operand);
    return slot2 ? { slot: slot2, filled: test.present } : void 0;
  }
  const slot = memoSlot(w, e);
  return slot ? { slot, filled: true } : void 0;
}
function nullTest(e) {
  const right = unwrapExpression(e.right);
  if (right.kind !== SyntaxKind7.NullKeyword && !(isIdentifier9(right) && right.text === "undefined")) return void 0;
  const op = e.operatorToken.kind;
  if (op === SyntaxKind7.ExclamationEqualsToken || op === SyntaxKind7.ExclamationEqualsEqualsToken) return { operand: e.left, present: true };
  if (op === SyntaxKind7.EqualsEqualsToken || op === SyntaxKind7.EqualsEqualsEqualsToken) return { operand: e.left, present: false };
  return void 0;
}
function fills(w, node, slot) {
  let found2 = false;
  const visit3 = (n) => {
    if (found2 || typescript_default.isFunctionLike(n)) return;
    if (isBinaryExpression4(n) && isAssignment(n.operatorToken.kind) && memoSlot(w, n.left) === slot) {
      found2 = true;
      return;
    }
    forEachChild2(n, visit3);
  };
  visit3(node);
  return found2;
}
function isAssignment(kind) {
  return kind === SyntaxKind7.EqualsToken || kind === SyntaxKind7.QuestionQuestionEqualsToken || kind === SyntaxKind7.BarBarEqualsToken;
}
function memoizedRight(w, expr) {
  const op = expr.operatorToken.kind;
  const slot = memoSlot(w, expr.left);
  if (!slot) return false;
  if (op === SyntaxKind7.QuestionQuestionEqualsToken || op === SyntaxKind7.BarBarEqualsToken) return true;
  return (op === SyntaxKind7.QuestionQuestionToken || op === SyntaxKind7.BarBarToken) && fills(w, expr.right, slot);
}
function returnsWhenFilled(w, stmt) {
  const cond = returningIf(stmt);
  const test = cond && memoTest(w, cond);
  return test?.filled ? test.slot : void 0;
}
function returningIf(stmt) {
  if (!typescript_default.isIfStatement(stmt) || stmt.elseStatement) return void 0;
  const then = stmt.thenStatement;
  const last = isBlock(then) ? then.statements[then.statements.length - 1] : then;
  return last && isReturnStatement2(last) ? stmt.expression : void 0;
}
function keyedSlot(w, expr) {
  let e = unwrapExpression(expr);
  while (typescript_default.isElementAccessExpression(e)) e = unwrapExpression(e.expression);
  return memoSlot(w, e);
}
function lookup2(w, expr) {
  const e = unwrapExpression(expr);
  if (typescript_default.isCallExpression(e) && isPropertyAccessExpression7(e.expression) && (e.expression.name.text === "has" || e.expression.name.text === "get") && e.arguments.length === 1) {
    return keyedSlot(w, e.expression.expression);
  }
  if (typescript_default.isElementAccessExpression(e)) return keyedSlot(w, e.expression);
  if (isBinaryExpression4(e) && e.operatorToken.kind === SyntaxKind7.InKeyword) return keyedSlot(w, e.right);
  return void 0;
}
function keyTest(w, fn, cond) {
  const e = unwrapExpression(cond);
  if (typescript_default.isPrefixUnaryExpression(e) && e.operator === SyntaxKind7.ExclamationToken) {
    const inner = keyTest(w, fn, e.operand);
    return inner && { slot: inner.slot, cached: !inner.cached };
  }
  const missing = missingList(fn, e);
  if (missing) return { slot: missing, cached: false };
  if (isBinaryExpression4(e)) {
    const op = e.operatorToken.kind;
    const right = unwrapExpression(e.right);
    const left = unwrapExpression(e.left);
    const zero = typescript_default.isNumericLiteral(right) && right.text === "0";
    const list = zero ? missingList(fn, left) : void 0;
    if (list) {
      if (op === SyntaxKind7.GreaterThanToken || op === SyntaxKind7.ExclamationEqualsEqualsToken || op === SyntaxKind7.ExclamationEqualsToken) return { slot: list, cached: false };
      if (op === SyntaxKind7.EqualsEqualsEqualsToken || op === SyntaxKind7.EqualsEqualsToken) return { slot: list, cached: true };
      return void 0;
    }
    const test = nullTest(e);
    const slot2 = test && lookup2(w, test.operand);
    return slot2 ? { slot: slot2, cached: test.present } : void 0;
  }
  const slot = lookup2(w, e);
  return slot ? { slot, cached: true } : void 0;
}
function missingList(fn, e) {
  if (!isPropertyAccessExpression7(e) || e.name.text !== "length" && e.name.text !== "size") return void 0;
  const list = unwrapExpression(e.expression);
  return isIdentifier9(list) ? fn.missing?.get(list.text) : void 0;
}
function missingFrom(w, fn, init) {
  let e = unwrapExpression(init);
  for (; ; ) {
    if (typescript_default.isArrayLiteralExpression(e) && e.elements.length === 1 && typescript_default.isSpreadElement(e.elements[0])) e = unwrapExpression(e.elements[0].expression);
    else if ((typescript_default.isCallExpression(e) || typescript_default.isNewExpression(e)) && e.arguments?.length === 1 && !(isPropertyAccessExpression7(e.expression) && e.expression.name.text === "filter")) e = unwrapExpression(e.arguments[0]);
    else break;
  }
  if (!typescript_default.isCallExpression(e) || !isPropertyAccessExpression7(e.expression) || e.expression.name.text !== "filter") return void 0;
  const cb = e.arguments[0] && unwrapExpression(e.arguments[0]);
  if (!cb || !typescript_default.isArrowFunction(cb) && !typescript_default.isFunctionExpression(cb)) return void 0;
  const body = typescript_default.isBlock(cb.body) ? returnedOnly(cb.body) : cb.body;
  const test = body && keyTest(w, fn, body);
  return test && !test.cached ? test.slot : void 0;
}
function returnedOnly(block) {
  const only = block.statements.length === 1 ? block.statements[0] : void 0;
  return only && isReturnStatement2(only) ? only.expression : void 0;
}
function fillsKeys(w, node, slot) {
  let found2 = false;
  const visit3 = (n) => {
    if (found2 || typescript_default.isFunctionDeclaration(n) || typescript_default.isClassLike(n)) return;
    if (typescript_default.isCallExpression(n) && isPropertyAccessExpression7(n.expression) && (n.expression.name.text === "set" || n.expression.name.text === "add") && keyedSlot(w, n.expression.expression) === slot) {
      found2 = true;
      return;
    }
    if (isBinaryExpression4(n) && n.operatorToken.kind === SyntaxKind7.EqualsToken && typescript_default.isElementAccessExpression(unwrapExpression(n.left)) && keyedSlot(w, n.left) === slot) {
      found2 = true;
      return;
    }
    forEachChild2(n, visit3);
  };
  visit3(node);
  return found2;
}
function returnsWhenCached(w, fn, stmt) {
  const cond = returningIf(stmt);
  const test = cond && keyTest(w, fn, cond);
  return test?.cached ? test.slot : void 0;
}
function cachedPerKey(fn, body) {
  marked(fn, "cached", body);
}
function memoized(fn, body) {
  marked(fn, "memo", body);
}

// src/model/facts/walker.ts
var { SyntaxKind: SyntaxKind8, forEachChild: forEachChild3, getModifiers: getModifiers3, isArrowFunction: isArrowFunction6, isBinaryExpression: isBinaryExpression5, isBlock: isBlock2, isCallExpression: isCallExpression6, isClassDeclaration: isClassDeclaration2, isClassExpression: isClassExpression3, isObjectBindingPattern: isObjectBindingPattern2, isConditionalExpression: isConditionalExpression2, isConstructorDeclaration, isDoStatement: isDoStatement3, isExportAssignment: isExportAssignment2, isExportDeclaration: isExportDeclaration2, isExpressionStatement: isExpressionStatement2, isForInStatement: isForInStatement3, isForOfStatement: isForOfStatement3, isForStatement: isForStatement2, isFunctionDeclaration: isFunctionDeclaration3, isFunctionExpression: isFunctionExpression6, isGetAccessor, isIdentifier: isIdentifier10, isImportDeclaration: isImportDeclaration2, isImportEqualsDeclaration: isImportEqualsDeclaration2, isInterfaceDeclaration: isInterfaceDeclaration2, isMethodDeclaration: isMethodDeclaration2, isModuleDeclaration, isNewExpression: isNewExpression4, isObjectLiteralExpression: isObjectLiteralExpression8, isPropertyAccessExpression: isPropertyAccessExpression8, isPropertyAssignment: isPropertyAssignment6, isPropertyDeclaration, isReturnStatement: isReturnStatement3, isStringLiteralLike: isStringLiteralLike2, isTypeAliasDeclaration: isTypeAliasDeclaration2, isVariableDeclarationList: isVariableDeclarationList2, isVariableStatement: isVariableStatement3, isWhileStatement: isWhileStatement2 } = typescript_default;
function extractFacts(path5, sf, tellingNames) {
  const w = new Walk(path5, sf, tellingNames);
  const moduleFact = newFunction(w, "<module>", "module", false, sf);
  w.moduleFn = { fact: moduleFact, loopStack: [], callbackStack: [] };
  const scope = /* @__PURE__ */ new Map();
  w.scopes.push(scope);
  for (const stmt of sf.statements) declareModuleStatement(w, stmt, scope);
  for (const stmt of sf.statements) visitModuleStatement(w, stmt);
  for (const [name, get] of scope) {
    if (!w.facts.bindings[name]) w.facts.bindings[name] = get();
  }
  resolveExportClauses(w);
  for (const compute of w.pendingConstants) compute();
  if (moduleFact.calls.length === 0 && moduleFact.settings.length === 0) w.facts.functions = w.facts.functions.filter((f) => f !== moduleFact);
  return w.facts;
}
function visitModuleStatement(w, stmt) {
  if (isImportDeclaration2(stmt) || isImportEqualsDeclaration2(stmt) || isInterfaceDeclaration2(stmt) || isTypeAliasDeclaration2(stmt)) return;
  if (isExportDeclaration2(stmt)) return;
  if (isFunctionDeclaration3(stmt) && stmt.name && stmt.body) {
    visitFunction(w, stmt.name.text, "function", stmt, {});
    return;
  }
  if (isFunctionDeclaration3(stmt) && !stmt.name && stmt.body && hasDefault(stmt)) {
    const id = visitFunction(w, "default", "function", stmt, {});
    w.facts.exports["default"] = { t: "fn", id };
    return;
  }
  if (isClassDeclaration2(stmt)) {
    visitClass(w, stmt.name?.text ?? "default", stmt, hasExport(stmt));
    if (!stmt.name && hasDefault(stmt)) w.facts.exports["default"] = { t: "class", name: "default" };
    return;
  }
  if (isVariableStatement3(stmt)) {
    for (const decl of stmt.declarationList.declarations) {
      if (isIdentifier10(decl.name) && decl.initializer) {
        w.boundNames.set(unwrapExpression(decl.initializer), decl.name.text);
        visitNamedValue(w, decl.name.text, decl.initializer);
      } else if (decl.initializer) visitExpression(w, decl.initializer, w.moduleFn);
    }
    return;
  }
  if (isExportAssignment2(stmt)) {
    const expr = unwrapExpression(stmt.expression);
    if (isArrowFunction6(expr) || isFunctionExpression6(expr)) {
      const id = visitFunction(w, "default", "function", expr, {});
      w.facts.exports["default"] = { t: "fn", id };
    } else if (isClassExpression3(expr)) {
      visitClass(w, "default", expr, true);
      w.facts.exports["default"] = { t: "class", name: "default" };
    } else {
      if (isObjectLiteralExpression8(expr)) visitObjectLiteral(w, "default", expr);
      else visitExpression(w, stmt.expression, w.moduleFn);
      w.facts.exports["default"] = symOf(w, stmt.expression);
    }
    return;
  }
  if (isExpressionStatement2(stmt)) {
    const cjs = commonJsExport(w, stmt.expression);
    if (cjs) return;
  }
  visitNode(w, stmt, w.moduleFn);
}
function commonJsExport(w, expr) {
  if (!isBinaryExpression5(expr) || expr.operatorToken.kind !== SyntaxKind8.EqualsToken) return false;
  const target = expr.left.getText(w.sf);
  const value = unwrapExpression(expr.right);
  let name;
  if (target === "module.exports") name = "default";
  else {
    const m = /^(?:module\.)?exports\.([A-Za-z_$][\w$]*)$/.exec(target);
    if (m) name = m[1];
  }
  if (!name) return false;
  if (isArrowFunction6(value) || isFunctionExpression6(value)) {
    const id = visitFunction(w, name === "default" ? "default" : name, "function", value, {});
    w.facts.exports[name] = { t: "fn", id };
  } else if (isObjectLiteralExpression8(value)) {
    visitObjectLiteral(w, name === "default" ? "exports" : name, value);
    const sym = symOf(w, value);
    w.facts.exports[name] = sym;
    if (name === "default" && sym.t === "object") for (const [k, v] of Object.entries(sym.props)) w.facts.exports[k] ??= v;
  } else {
    visitExpression(w, value, w.moduleFn);
    w.facts.exports[name] = symOf(w, value);
    const required = name === "default" && typescript_default.isCallExpression(value) && isIdentifier10(value.expression) && value.expression.text === "require" ? value.arguments[0] : void 0;
    if (required && isStringLiteralLike2(required)) w.facts.starExports.push(required.text);
  }
  return true;
}
function visitNamedValue(w, name, init) {
  const expr = unwrapExpression(init);
  if (isArrowFunction6(expr) || isFunctionExpression6(expr)) {
    visitFunction(w, name, "function", expr, {});
  } else if (isClassExpression3(expr)) {
    visitClass(w, name, expr, false);
  } else if (isObjectLiteralExpression8(expr)) {
    visitObjectLiteral(w, name, expr);
  } else {
    visitExpression(w, init, w.moduleFn);
  }
}
function visitObjectLiteral(w, name, obj) {
  for (const prop of obj.properties) {
    const key = prop.name && propertyName(prop.name);
    if (!key) continue;
    if (isMethodDeclaration2(prop) && prop.body) visitFunction(w, `${name}.${key}`, "method", prop, { obj: name });
    else if (isPropertyAssignment6(prop)) {
      const v = unwrapExpression(prop.initializer);
      if (isArrowFunction6(v) || isFunctionExpression6(v)) visitFunction(w, `${name}.${key}`, "method", v, { obj: name });
      else if (isObjectLiteralExpression8(v)) visitObjectLiteral(w, `${name}.${key}`, v);
      else visitExpression(w, prop.initializer, w.moduleFn);
    }
  }
}
function visitClass(w, name, node, exported) {
  const cls = { name, exported, fields: {}, methods: {} };
  w.facts.classes[name] = cls;
  const heritage = node.heritageClauses?.find((h) => h.token === SyntaxKind8.ExtendsKeyword)?.types[0];
  if (heritage) cls.extends = symOf(w, heritage.expression);
  const implemented = node.heritageClauses?.find((h) => h.token === SyntaxKind8.ImplementsKeyword)?.types ?? [];
  if (implemented.length) cls.implements = implemented.map((t) => symOf(w, t.expression));
  for (const member of node.members) {
    const key = member.name && propertyName(member.name);
    if (isConstructorDeclaration(member)) {
      for (const p of member.parameters) {
        const isProperty = getModifiers3(p)?.some((m) => m.kind === SyntaxKind8.PrivateKeyword || m.kind === SyntaxKind8.PublicKeyword || m.kind === SyntaxKind8.ProtectedKeyword || m.kind === SyntaxKind8.ReadonlyKeyword);
        if (isProperty && isIdentifier10(p.name)) cls.fields[p.name.text] = paramSym(w, p);
      }
      if (member.body) visitFunction(w, `${name}.constructor`, "method", member, { cls: name });
      continue;
    }
    if (!key) continue;
    if ((isMethodDeclaration2(member) || isGetAccessor(member)) && member.body) {
      cls.methods[key] = visitFunction(w, `${name}.${key}`, "method", member, { cls: name });
      if (isGetAccessor(member)) (cls.getters ??= []).push(key);
    } else if (isPropertyDeclaration(member)) {
      const init = member.initializer && unwrapExpression(member.initializer);
      if (init && (isArrowFunction6(init) || isFunctionExpression6(init))) {
        cls.methods[key] = visitFunction(w, `${name}.${key}`, "method", init, { cls: name });
      } else if (member.initializer) {
        const initial = withScope(w, /* @__PURE__ */ new Map([["this", () => ({ t: "this", cls: name })]]), () => symOf(w, member.initializer));
        cls.fields[key] = declared(w, initial, key, member.type);
        if (SETTING_KEY.test(key)) (cls.values ??= {})[key] = valOf(w, member.initializer, 0);
        w.boundNames.set(unwrapExpression(member.initializer), `this.${key}`);
        visitExpression(w, member.initializer, w.moduleFn);
      } else if (member.type) {
        cls.fields[key] = { t: "param", name: key, type: typeSym(w, member.type) };
      }
    }
  }
}
function newFunction(w, id, kind, exported, node) {
  const seen = w.usedIds.get(id) ?? 0;
  w.usedIds.set(id, seen + 1);
  const uniqueId = seen === 0 ? id : `${id}#${seen + 1}`;
  const fact = { id: uniqueId, exported, kind, span: w.span(node), loops: [], calls: [], size: node.end - node.pos, settings: [] };
  w.facts.functions.push(fact);
  return fact;
}
function visitFunction(w, name, kind, node, ctx) {
  const id = w.qualifyPrefix.length ? qualify(w, name) : name;
  const fact = newFunction(w, id, kind, false, node);
  const fn = { fact, loopStack: [], callbackStack: [], ...ctx, decl: node };
  const scope = /* @__PURE__ */ new Map();
  scope.set("this", () => ({ t: "this", cls: ctx.cls, obj: ctx.obj }));
  bindParameters(w, node.parameters, scope, void 0);
  const names = node.parameters.map((p) => isIdentifier10(p.name) ? p.name.text : "");
  node.parameters.forEach((p, index) => {
    if (isObjectBindingPattern2(p.name)) {
      for (const el of p.name.elements) {
        const key = el.propertyName ? propertyName(el.propertyName) : isIdentifier10(el.name) ? el.name.text : void 0;
        const got = isIdentifier10(el.name) && !el.dotDotDotToken ? scope.get(el.name.text) : void 0;
        if (got && key) w.paramPaths.set(got, { fnId: fact.id, index, path: [key] });
      }
    }
    const get = isIdentifier10(p.name) ? scope.get(p.name.text) : void 0;
    if (get) w.paramOwner.set(get, { fn: fact, index, names, callable: mayBeCallback(p) });
    if (isIdentifier10(p.name) && SETTING_KEY.test(p.name.text)) {
      (fact.settingParams ??= []).push({ index, name: p.name.text, ...p.initializer ? { init: valOf(w, p.initializer, 0) } : {} });
    } else if (isObjectBindingPattern2(p.name)) {
      for (const el of p.name.elements) {
        const key = el.propertyName ? propertyName(el.propertyName) : isIdentifier10(el.name) ? el.name.text : void 0;
        if (key && !el.dotDotDotToken && SETTING_KEY.test(key)) (fact.settingParams ??= []).push({ index, name: key, prop: true, ...el.initializer ? { init: valOf(w, el.initializer, 0) } : {} });
      }
    }
  });
  if (node.type) {
    const declared2 = typeSym(w, node.type);
    if (declared2 && declared2.t !== "literal") fact.returnType = declared2;
  }
  w.qualifyPrefix.push(fact.id);
  withScope(w, scope, () => {
    if (node.body) {
      if (isBlock2(node.body)) visitBlock(w, node.body, fn);
      else {
        const returned = returnedFunction(w, node.body, fn);
        if (returned) fact.returns = returned;
        else {
          visitExpression(w, node.body, fn);
          fact.returns = symOf(w, node.body);
        }
      }
    }
  });
  w.qualifyPrefix.pop();
  return fact.id;
}
function visitBlock(w, block, fn) {
  const scope = /* @__PURE__ */ new Map();
  for (const stmt of block.statements) declareStatement(w, stmt, scope, false);
  noteEmptyLists(w, block.statements, scope, fn);
  if (scope.size) w.scopes.push(scope);
  visitStatements(w, block.statements, 0, fn);
  if (scope.size) w.scopes.pop();
}
function visitStatements(w, statements, from, fn) {
  for (let i = from; i < statements.length; i++) {
    const stmt = statements[i];
    visitStatement(w, stmt, fn);
    if (fn === w.moduleFn) continue;
    const slot = returnsWhenFilled(w, stmt);
    if (slot && statements.slice(i + 1).some((s) => fills(w, s, slot))) return memoized(fn, () => visitStatements(w, statements, i + 1, fn));
    const keyed = returnsWhenCached(w, fn, stmt);
    if (keyed && statements.slice(i + 1).some((s) => fillsKeys(w, s, keyed))) return cachedPerKey(fn, () => visitStatements(w, statements, i + 1, fn));
  }
}
function visitStatement(w, stmt, fn) {
  if (isFunctionDeclaration3(stmt)) {
    if (stmt.name && stmt.body) visitFunction(w, stmt.name.text, "function", stmt, { cls: fn.cls, obj: fn.obj });
    return;
  }
  if (isInterfaceDeclaration2(stmt) || isTypeAliasDeclaration2(stmt) || isModuleDeclaration(stmt) && !stmt.body) return;
  if (isVariableStatement3(stmt)) {
    for (const decl of stmt.declarationList.declarations) {
      const init = decl.initializer && unwrapExpression(decl.initializer);
      if (init && isIdentifier10(decl.name) && (isArrowFunction6(init) || isFunctionExpression6(init))) {
        visitFunction(w, decl.name.text, "function", init, { cls: fn.cls, obj: fn.obj });
      } else if (decl.initializer) {
        if (isIdentifier10(decl.name)) w.boundNames.set(init, decl.name.text);
        visitExpression(w, decl.initializer, fn);
        const slot = isIdentifier10(decl.name) && fn !== w.moduleFn ? missingFrom(w, fn, decl.initializer) : void 0;
        if (slot) (fn.missing ??= /* @__PURE__ */ new Map()).set(decl.name.text, slot);
      }
    }
    return;
  }
  if (isExpressionStatement2(stmt)) for (const call of discardedCalls(stmt.expression)) w.unawaited.add(call);
  if (isExpressionStatement2(stmt) && fn !== w.moduleFn && isDetached(stmt.expression)) {
    return inBackground(fn, () => visitChildren(w, stmt, fn));
  }
  if (isClassDeclaration2(stmt)) {
    visitClass(w, stmt.name?.text ?? "anonymous", stmt, false);
    return;
  }
  if (isReturnStatement3(stmt) && stmt.expression && !fn.inline) {
    const returned = returnedFunction(w, stmt.expression, fn);
    if (returned) {
      fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, returned) : returned;
      return;
    }
    const value = symOf(w, stmt.expression);
    if (value.t !== "unknown" && value.t !== "literal") fn.fact.returns = fn.fact.returns ? either(fn.fact.returns, value) : value;
  }
  if (isExpressionStatement2(stmt) || isReturnStatement3(stmt)) visitChildren(w, stmt, fn);
  else visitNode(w, stmt, fn);
}
function discardedCalls(expr) {
  const e = stripParens(expr);
  if (isCallExpression6(e)) return [e];
  if (isBinaryExpression5(e)) {
    const op = e.operatorToken.kind;
    if (op === SyntaxKind8.AmpersandAmpersandToken || op === SyntaxKind8.BarBarToken || op === SyntaxKind8.QuestionQuestionToken) return discardedCalls(e.right);
    if (op === SyntaxKind8.CommaToken) return [...discardedCalls(e.left), ...discardedCalls(e.right)];
    return [];
  }
  if (isConditionalExpression2(e)) return [...discardedCalls(e.whenTrue), ...discardedCalls(e.whenFalse)];
  return [];
}
function returnedFunction(w, expr, fn) {
  const value = unwrapExpression(expr);
  if (!isArrowFunction6(value) && !isFunctionExpression6(value)) return void 0;
  return { t: "fn", id: visitFunction(w, "returned", "function", value, { cls: fn.cls, obj: fn.obj }) };
}
function visitNode(w, node, fn) {
  if (isBlock2(node)) return visitBlock(w, node, fn);
  if (typescript_default.isIfStatement(node)) {
    const memo = fn === w.moduleFn ? void 0 : memoTest(w, node.expression);
    const empty = memo && (memo.filled ? node.elseStatement : node.thenStatement);
    if (memo && empty && fills(w, empty, memo.slot)) {
      visitExpression(w, node.expression, fn);
      if (memo.filled) {
        visitNode(w, node.thenStatement, fn);
        return memoized(fn, () => visitNode(w, empty, fn));
      }
      memoized(fn, () => visitNode(w, empty, fn));
      if (node.elseStatement) visitNode(w, node.elseStatement, fn);
      return;
    }
    const keyed = fn === w.moduleFn ? void 0 : keyTest(w, fn, node.expression);
    const missingBranch = keyed && (keyed.cached ? node.elseStatement : node.thenStatement);
    if (keyed && missingBranch && fillsKeys(w, missingBranch, keyed.slot)) {
      visitExpression(w, node.expression, fn);
      if (keyed.cached) visitNode(w, node.thenStatement, fn);
      cachedPerKey(fn, () => visitNode(w, missingBranch, fn));
      if (!keyed.cached && node.elseStatement) visitNode(w, node.elseStatement, fn);
      return;
    }
    const test = presenceTest(w, node.expression);
    if (test) {
      visitExpression(w, node.expression, fn);
      unlessGiven(fn, test.present ? void 0 : test.param, () => visitNode(w, node.thenStatement, fn));
      if (node.elseStatement) unlessGiven(fn, test.present ? test.param : void 0, () => visitNode(w, node.elseStatement, fn));
      return;
    }
  }
  if (isForOfStatement3(node) || isForInStatement3(node)) {
    visitExpression(w, node.expression, fn);
    const loop = forOfLoop(w, node, fn);
    return inLoop(fn, loop, () => {
      const scope = /* @__PURE__ */ new Map();
      if (isVariableDeclarationList2(node.initializer)) {
        for (const d of node.initializer.declarations) if (isIdentifier10(d.name)) {
          const local = d.name.text;
          const collection = node.expression;
          scope.set(local, isForOfStatement3(node) ? lazy(() => ({ t: "element", of: symOf(w, collection), name: local })) : () => ({ t: "unknown", name: local }));
        }
      }
      withScope(w, scope, () => visitNode(w, node.statement, fn));
    });
  }
  if (isForStatement2(node)) {
    if (node.initializer) visitNode(w, node.initializer, fn);
    return inLoop(fn, classicLoop(w, node), () => {
      if (node.condition) visitExpression(w, node.condition, fn);
      if (node.incrementor) visitExpression(w, node.incrementor, fn);
      visitNode(w, node.statement, fn);
    });
  }
  if (isWhileStatement2(node) || isDoStatement3(node)) {
    return inLoop(fn, conditionLoop(w, node), () => {
      visitExpression(w, node.expression, fn);
      visitNode(w, node.statement, fn);
    });
  }
  if (isFunctionDeclaration3(node) || isClassDeclaration2(node)) return visitStatement(w, node, fn);
  if (isVariableStatement3(node)) return visitStatement(w, node, fn);
  if (node.kind === SyntaxKind8.TryStatement) {
    const t = node;
    visitBlock(w, t.tryBlock, fn);
    if (t.catchClause) onFailure(fn, () => visitBlock(w, t.catchClause.block, fn));
    if (t.finallyBlock) visitBlock(w, t.finallyBlock, fn);
    return;
  }
  if (isExpressionNode(node)) return visitExpression(w, node, fn);
  if (isExpressionStatement2(node) || isReturnStatement3(node)) return visitStatement(w, node, fn);
  visitChildren(w, node, fn);
}
function visitChildren(w, node, fn) {
  forEachChild3(node, (child) => {
    if (isBlock2(child)) visitBlock(w, child, fn);
    else if (isVariableDeclarationList2(child)) {
      for (const d of child.declarations) if (d.initializer) visitExpression(w, d.initializer, fn);
    } else visitNode(w, child, fn);
  });
}
function visitExpression(w, expr, fn) {
  if (isCallExpression6(expr)) return visitCall(w, expr, fn);
  if (isBinaryExpression5(expr) && fn !== w.moduleFn && memoizedRight(w, expr)) {
    visitExpression(w, expr.left, fn);
    return memoized(fn, () => visitExpression(w, expr.right, fn));
  }
  if (isBinaryExpression5(expr) && (expr.operatorToken.kind === SyntaxKind8.QuestionQuestionToken || expr.operatorToken.kind === SyntaxKind8.BarBarToken)) {
    const given = givenPath(w, expr.left);
    if (given) {
      visitExpression(w, expr.left, fn);
      return unlessGiven(fn, given, () => visitExpression(w, expr.right, fn));
    }
  }
  if (isConditionalExpression2(expr)) {
    const test = presenceTest(w, expr.condition);
    if (test) {
      visitExpression(w, expr.condition, fn);
      unlessGiven(fn, test.present ? void 0 : test.param, () => visitExpression(w, expr.whenTrue, fn));
      return unlessGiven(fn, test.present ? test.param : void 0, () => visitExpression(w, expr.whenFalse, fn));
    }
  }
  if (isBinaryExpression5(expr) && expr.operatorToken.kind === SyntaxKind8.EqualsToken && isPropertyAccessExpression8(expr.left) && isPropertyAccessExpression8(expr.left.expression) && expr.left.expression.name.text === "defaults") {
    const target = expr.left.expression;
    fn.fact.settings.push({
      callee: symOf(w, target),
      text: compact(target.getText(w.sf)),
      isNew: false,
      span: w.span(expr),
      args: [{ k: "obj", entries: [{ key: expr.left.name.text, val: valOf(w, expr.right, 0) }], line: w.lineOf(expr) }],
      loops: [...fn.loopStack]
    });
  }
  if (fn.cls && isBinaryExpression5(expr) && expr.operatorToken.kind === SyntaxKind8.EqualsToken && isPropertyAccessExpression8(expr.left) && expr.left.expression.kind === SyntaxKind8.ThisKeyword) {
    const cls = w.facts.classes[fn.cls];
    const field = expr.left.name.text;
    w.boundNames.set(unwrapExpression(expr.right), `this.${field}`);
    if (cls) {
      const value = symOf(w, expr.right);
      const existing = own(cls.fields, field);
      cls.fields[field] = existing ? either(existing, value) : value;
    }
  }
  if (isArrowFunction6(expr) || isFunctionExpression6(expr)) {
    return visitInlineFunction(w, expr, fn, void 0);
  }
  if (isClassExpression3(expr)) return visitClass(w, "anonymous", expr, false);
  if (isNewExpression4(expr)) noteSetting(w, expr, symOf(w, expr.expression), fn);
  if (isNewExpression4(expr) && fn === w.moduleFn && visitModuleCallbacks(w, expr)) return;
  if (isObjectLiteralExpression8(expr)) {
    const runsHere = fn === w.moduleFn || w.callArguments.has(expr);
    if (!w.callArguments.has(expr)) noteConfigObject(w, expr, fn);
    for (const prop of expr.properties) {
      const value = isPropertyAssignment6(prop) ? unwrapExpression(prop.initializer) : void 0;
      const stored = !runsHere && (isMethodDeclaration2(prop) && prop.body || value && (isArrowFunction6(value) || isFunctionExpression6(value)));
      if (stored) {
        const name = prop.name ? propertyName(prop.name) ?? "stored" : "stored";
        visitFunction(w, name, "callback", isMethodDeclaration2(prop) ? prop : value, { cls: fn.cls, obj: fn.obj });
      } else if (isMethodDeclaration2(prop) && prop.body) visitInlineFunction(w, prop, fn, void 0);
      else forEachChild3(prop, (c) => visitExpression(w, c, fn));
    }
    return;
  }
  forEachChild3(expr, (child) => {
    if (isBlock2(child)) visitBlock(w, child, fn);
    else visitExpression(w, child, fn);
  });
}
function visitInlineFunction(w, node, fn, callbackOf) {
  const body = node.body;
  if (!body) return;
  const scope = /* @__PURE__ */ new Map();
  bindParameters(w, node.parameters, scope, callbackOf);
  fn.inline = (fn.inline ?? 0) + 1;
  try {
    withScope(w, scope, () => {
      if (isBlock2(body)) visitBlock(w, body, fn);
      else visitExpression(w, body, fn);
    });
  } finally {
    fn.inline -= 1;
  }
}
var STORED_BY = /* @__PURE__ */ new Set(["push", "unshift", "set", "add", "concat"]);
function visitCall(w, call, fn) {
  const callee = unwrapExpression(call.expression);
  const method = isPropertyAccessExpression8(callee) ? callee.name.text : void 0;
  const receiver = isPropertyAccessExpression8(callee) ? unwrapExpression(callee.expression) : void 0;
  const promiseLink = isPromiseLink(method);
  noteCallContext(w, call, callee, method, receiver, promiseLink, fn);
  const again = selfRetry(w, call, fn);
  if (again) fn.fact.loops.push(again);
  const iteration = mayIterate(callee, method) ? iterationOf(w, call, callee, method, receiver, fn) : void 0;
  if (iteration) {
    noteSetting(w, call, symOf(w, callee), fn);
    if (receiver && iteration.collectionIsReceiver) visitExpression(w, receiver, fn);
    else if (receiver) visitExpression(w, receiver, fn);
    call.arguments.forEach((arg, i) => {
      if (i === iteration.callbackIndex) return;
      visitExpression(w, arg, fn);
    });
    const cb = call.arguments[iteration.callbackIndex];
    if (cb) {
      inLoop(fn, iteration.loop, () => {
        const target = unwrapExpression(cb);
        if (isArrowFunction6(target) || isFunctionExpression6(target)) visitInlineFunction(w, target, fn, void 0);
        else recordReference(w, target, fn);
      });
    }
    return;
  }
  const calleeSym = symOf(w, callee);
  noteListUse(w, call, method, receiver, calleeSym.t === "global", fn);
  if (call.arguments.length || /^(create\w*|connect|init\w*)$/.test(method ?? "")) noteSetting(w, call, calleeSym, fn);
  if (fn.loopStack.length) noteLimiter(calleeSym, fn);
  if (!promiseLink && !w.chained.has(call)) recordCall(w, call, callee, calleeSym, fn);
  visitExpression(w, call.expression, fn);
  if (fn === w.moduleFn && visitModuleCallbacks(w, call)) return;
  const receiverSym = receiver && method ? symOf(w, receiver) : void 0;
  if (!method || !STORED_BY.has(method)) {
    for (const arg of call.arguments) if (isObjectLiteralExpression8(unwrapExpression(arg))) w.callArguments.add(unwrapExpression(arg));
  }
  for (const arg of call.arguments) {
    const a = unwrapExpression(arg);
    if (isCallExpression6(a) && calleeSym.t !== "global" && calleeSym.t !== "unknown") w.argumentOf.set(a, calleeSym);
  }
  call.arguments.forEach((arg, i) => {
    const a = unwrapExpression(arg);
    const inline = isArrowFunction6(a) || isFunctionExpression6(a);
    const cb = calleeSym.t !== "global" && (inline || isFunctionValue(w, a)) ? callbackRef(w, call, calleeSym, i, fn) : void 0;
    if (inline) {
      const visit3 = () => visitInlineFunction(w, a, fn, receiverSym && method ? { receiver: receiverSym, method } : void 0);
      const body = method === "catch" && i === 0 || method === "then" && i === 1 ? () => onFailure(fn, visit3) : visit3;
      if (cb) inCallback(fn, cb, body);
      else body();
    } else if (cb) inCallback(fn, cb, () => recordReference(w, a, fn, true));
    else visitExpression(w, arg, fn);
  });
}
function visitModuleCallbacks(w, call) {
  const args = call.arguments ?? [];
  const hasCallback = args.some((a) => {
    const u = unwrapExpression(a);
    return isArrowFunction6(u) || isFunctionExpression6(u);
  });
  if (!hasCallback) return false;
  const label = args.find((a) => isStringLiteralLike2(a));
  const prefix2 = isNewExpression4(call) ? "new " : "";
  const name = `${prefix2}${compact(call.expression.getText(w.sf))}(${label ? `'${label.text}'` : ""})`;
  for (const arg of args) {
    const u = unwrapExpression(arg);
    if (isArrowFunction6(u) || isFunctionExpression6(u)) visitFunction(w, name, "callback", u, {});
    else visitExpression(w, arg, w.moduleFn);
  }
  if (isCallExpression6(call)) visitExpression(w, call.expression, w.moduleFn);
  return true;
}

// src/parse/parse.ts
var KIND_BY_EXTENSION = {
  ".ts": typescript_default.ScriptKind.TS,
  ".mts": typescript_default.ScriptKind.TS,
  ".cts": typescript_default.ScriptKind.TS,
  ".tsx": typescript_default.ScriptKind.TSX,
  ".js": typescript_default.ScriptKind.JSX,
  // plain .js files often hold JSX in React projects; JSX mode also parses plain JS
  ".mjs": typescript_default.ScriptKind.JS,
  ".cjs": typescript_default.ScriptKind.JS,
  ".jsx": typescript_default.ScriptKind.JSX
};
function scriptKindFor(path5) {
  const dot = path5.lastIndexOf(".");
  return KIND_BY_EXTENSION[path5.slice(dot)] ?? typescript_default.ScriptKind.TS;
}
var MAX_NESTING = 1e3;
function nestingDepth(text, stopAt = MAX_NESTING) {
  const interesting2 = /[()[\]{}'"`/]/g;
  let depth = 0;
  let max = 0;
  for (let m = interesting2.exec(text); m; m = interesting2.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 39 || c === 34 || c === 96) {
      let j = i + 1;
      for (; j < text.length && text.charCodeAt(j) !== c; j++) if (text.charCodeAt(j) === 92) j++;
      interesting2.lastIndex = j + 1;
    } else if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const end = text.indexOf("\n", i);
        interesting2.lastIndex = end < 0 ? text.length : end;
      } else if (next === 42) {
        const end = text.indexOf("*/", i + 2);
        interesting2.lastIndex = end < 0 ? text.length : end + 2;
      }
    } else if (c === 40 || c === 91 || c === 123) {
      if (++depth > max && (max = depth) > stopAt) return max;
    } else depth = Math.max(0, depth - 1);
  }
  return max;
}
function parseSource(path5, text) {
  if (nestingDepth(text) > MAX_NESTING) return { ok: false, reason: `nesting too deep to parse (over ${MAX_NESTING} levels)` };
  const options2 = { languageVersion: typescript_default.ScriptTarget.Latest, jsDocParsingMode: typescript_default.JSDocParsingMode.ParseNone };
  let sourceFile;
  try {
    sourceFile = typescript_default.createSourceFile(path5, text, options2, false, scriptKindFor(path5));
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: "nesting too deep to parse" };
    throw error;
  }
  const diagnostics = sourceFile.parseDiagnostics;
  const first = diagnostics?.[0];
  if (first) {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(first.start);
    const message = typescript_default.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "");
    return { ok: false, reason: `parse error: ${message} (${line + 1}:${character + 1})` };
  }
  return { ok: true, sourceFile };
}

// src/model/suppressions.ts
var DIRECTIVE = /(?:\/\/|\/\*|^\s*\*)\s*opsdiff-ignore-(next-line|start|end)\b(.*?)(?:\*\/\s*)?$/;
function parseDirectives(text) {
  if (!text.includes("opsdiff-ignore-")) return [];
  const lines = text.split("\n");
  const out = [];
  const open = [];
  lines.forEach((raw, i) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const kind = m[1];
    const [rulesPart = "", ...reasonParts] = (m[2] ?? "").split(/\s--\s?/);
    const rules = rulesPart.split(/[\s,]+/).filter(Boolean);
    const reason = reasonParts.join(" -- ").trim();
    const line = i + 1;
    if (kind === "end") {
      const start = open.pop();
      if (start) start.to = line;
      return;
    }
    const d = { kind, line, from: line + 1, to: line + 1, rules, reason };
    if (kind === "next-line") {
      let j = i + 1;
      while (j < lines.length && /^\s*(\/\/.*|\/\*.*|\*.*)?$/.test(lines[j])) j++;
      d.from = d.to = j + 1;
    } else {
      d.to = lines.length;
      open.push(d);
    }
    out.push(d);
  });
  return out;
}
function applySuppressions(findings, directivesByFile, isChangedHead) {
  const used = /* @__PURE__ */ new Set();
  const kept = [];
  const suppressed = [];
  const notes = [];
  for (const [file, directives] of directivesByFile) {
    for (const d of directives) {
      if (!d.reason) notes.push(`${file}:${d.line}: opsdiff-ignore-${d.kind} has no reason (write \`-- why\` after the rule); it is not honoured`);
      else if (d.rules.length === 0) notes.push(`${file}:${d.line}: opsdiff-ignore-${d.kind} names no rule (a rule id, a category, or \`all\`); it is not honoured`);
    }
  }
  for (const f of findings) {
    const lines = [{ file: f.location.file, line: f.location.line }, ...f.related.filter((r) => r.side === "head")];
    const match2 = lines.flatMap((l) => (directivesByFile.get(l.file) ?? []).filter((d) => d.reason && l.line >= d.from && l.line <= d.to)).find((d) => d.rules.some((r) => r === f.ruleId || r === f.category || r === "all"));
    if (f.side === "head" && match2) {
      used.add(match2);
      suppressed.push({ finding: f, directive: match2 });
    } else kept.push(f);
  }
  for (const [file, directives] of directivesByFile) {
    for (const d of directives) {
      if (used.has(d) || !d.reason || d.rules.length === 0) continue;
      if (isChangedHead(file, d.line)) notes.push(`${file}:${d.line}: opsdiff-ignore-${d.kind} ${d.rules.join(", ")} suppresses nothing; remove it`);
    }
  }
  return { kept, suppressed, notes };
}

// src/parse/compact.ts
var EMPTY = Object.freeze([]);
var MIN_SLICED = 13;
var FactCompactor = class {
  /** One string per text, across the files of a run. */
  strings = /* @__PURE__ */ new Map();
  compact(value) {
    return this.copy(value);
  }
  copy(v) {
    if (typeof v === "string") return v.length < MIN_SLICED ? v : this.own(v);
    if (v === null || typeof v !== "object") return v;
    if (Array.isArray(v)) {
      if (v.length === 0) return EMPTY;
      const out = v.slice();
      for (let i = 0; i < out.length; i++) out[i] = this.copy(out[i]);
      return out;
    }
    const o = v;
    for (const k of Object.keys(o)) o[k] = this.copy(o[k]);
    return o;
  }
  /** The run's copy of a text: flat (parsed anew, so it holds no file's text), once per text. */
  own(s) {
    let kept = this.strings.get(s);
    if (kept === void 0) {
      kept = JSON.parse(JSON.stringify(s));
      this.strings.set(kept, kept);
    }
    return kept;
  }
};

// src/parse/extract.ts
var FORCE_FAILURE = "OPSDIFF_TEST_FACTS_THROW";
function factsForcedToFail(env) {
  return !!env[FORCE_FAILURE];
}
function extractOne(path5, text, tellingNames) {
  try {
    const parsed = parseSource(path5, text);
    if (!parsed.ok) return parsed;
    const forced = process.env[FORCE_FAILURE];
    if (forced && path5.endsWith(forced)) throw new Error(`forced by ${FORCE_FAILURE}`);
    const facts = extractFacts(path5, parsed.sourceFile, tellingNames);
    const directives = parseDirectives(text);
    if (directives.length) facts.directives = directives;
    if (isGenerated(text)) facts.generated = true;
    return { ok: true, facts };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: "nesting too deep to analyze" };
    const e = error;
    return { ok: false, reason: `internal error in opsdiff while reading ${path5}; rerun with --debug for the stack`, internal: e?.stack ?? String(error) };
  }
}
function encodeFacts(value) {
  return Buffer.from(JSON.stringify(value, plainData));
}
function decodeFacts(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.includes(`"${NON_FINITE}"`) ? JSON.parse(text, finiteOrNot) : JSON.parse(text);
}
var NON_FINITE = "$nonFinite";
function plainData(key, v) {
  if (typeof v === "number") return Number.isFinite(v) ? v : { [NON_FINITE]: String(v) };
  if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") throw new TypeError(`facts hold a ${typeof v} at "${key}"`);
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`facts hold a ${v.constructor?.name ?? "non-plain object"} at "${key}"`);
  }
  return v;
}
function finiteOrNot(_key, v) {
  return v !== null && typeof v === "object" && typeof v[NON_FINITE] === "string" ? Number(v[NON_FINITE]) : v;
}
var GENERATED_BANNER = /@generated\b|\bCode generated by\b|\b(?:auto-?generated|automatically generated)\b|\bThis file (?:is|was|has been) generated\b|\bgenerated\b[\s\S]{0,80}\bDO NOT (?:EDIT|MODIFY)\b/i;
function isGenerated(text) {
  const header = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/|#![^\n]*))*/.exec(text.slice(0, 4e3))?.[0] ?? "";
  return GENERATED_BANNER.test(header);
}
var WORKER_THRESHOLD = 400;
var MIN_CPUS_FOR_WORKER = 3;
var FactExtractor = class {
  /** The catalog's names reach both threads: the worker gets them when it starts. */
  constructor(allowWorkers, catalog = DEFAULT_CATALOG) {
    this.allowWorkers = allowWorkers;
    this.tellingNames = catalog.namePatterns;
  }
  allowWorkers;
  worker;
  waiting = [];
  // The Action's bundle is a single file that is its own worker (scripts/bundle-action.mjs defines the flag).
  workerPath = fileURLToPath(typeof OPSDIFF_SINGLE_FILE !== "undefined" ? import.meta.url : new URL("./worker.js", import.meta.url));
  tellingNames;
  compactor = new FactCompactor();
  /** In this thread; the facts compacted (see compact.ts). */
  extract(source) {
    return this.compacted(extractOne(source.path, source.text, this.tellingNames));
  }
  /** Facts read back (from the cache), held as compactly as the extractor's own. */
  adopt(facts) {
    return this.compactor.compact(facts);
  }
  compacted(result) {
    return result.ok ? { ok: true, facts: this.compactor.compact(result.facts) } : result;
  }
  /** Whether a batch of this size is worth a worker (and one can be started: compiled code only). */
  useWorkerFor(files) {
    return this.allowWorkers && files >= WORKER_THRESHOLD && availableParallelism() >= MIN_CPUS_FOR_WORKER && existsSync(this.workerPath);
  }
  /** Chunks are answered in the order they were sent. */
  inWorker(batch) {
    const worker = this.startWorker();
    return new Promise((resolve2, reject) => {
      this.waiting.push({ resolve: resolve2, reject });
      worker.postMessage(batch);
    });
  }
  startWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, { workerData: { opsdiffFactWorker: true, tellingNames: this.tellingNames } });
    worker.on("message", (bytes) => this.waiting.shift()?.resolve(decodeFacts(bytes).map((r) => this.compacted(r))));
    worker.on("error", (error) => {
      for (const w of this.waiting.splice(0)) w.reject(error);
      this.worker = void 0;
    });
    this.worker = worker;
    return worker;
  }
  close() {
    void this.worker?.terminate();
    this.worker = void 0;
  }
};

// src/model/summaries.ts
var MAX_SITES_PER_FUNCTION = 5e3;
var MAX_CALL_DEPTH = 200;
function dampedBy(call, also) {
  const out = {};
  if (call.cached || also?.cached) out.cached = true;
  if (call.detached || also?.detached) out.detached = true;
  return out;
}
var Summaries = class {
  constructor(model) {
    this.model = model;
  }
  model;
  memo = /* @__PURE__ */ new Map();
  invocationMemo = /* @__PURE__ */ new Map();
  /** Per function whose routes met a recursion cut short, its calls as `of` classified them: `alternatesOf` follows them again without classifying each call twice. */
  classified = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  /** How many times `of` met a function still being computed (a recursion cut short with no paths). */
  recursionCuts = 0;
  /** Calls being followed in a row now; and whether a chain was ever cut at MAX_CALL_DEPTH. */
  callDepth = 0;
  depthCut = false;
  /**
   * Per function, the routes `compute` followed before pruning, when some were pruned and no recursion
   * was cut short meanwhile: `alternatesOf` would follow the same calls into the same memoized
   * summaries and find exactly these, so it reads them instead. Once read (like `classified`), they
   * give way to the answer, in `alternates`.
   */
  unpruned = /* @__PURE__ */ new Map();
  alternates = /* @__PURE__ */ new Map();
  evaluator;
  /**
   * Functions whose answer lacked a file or a search not loaded yet (the loader's misses grew while
   * it was found, or it used such an answer): forgotten by `forgetIncomplete`, once more is loaded.
   */
  incomplete = /* @__PURE__ */ new Set();
  /** How many times an incomplete answer was used (a use taints the answer that uses it). */
  incompleteUses = 0;
  /** Functions answered quietly (not touched, nor called from a touched one) that lacked something: a touched caller asks again. */
  quietlyIncomplete = /* @__PURE__ */ new Set();
  quietUses = 0;
  /** Whether the function being followed is answered quietly; undefined at the top (an entry asked by the view or a rule). */
  quietContext;
  get missCount() {
    return (this.model.loader.misses ?? 0) + (this.model.loader.quietMisses ?? 0) + this.model.lackingUses + this.incompleteUses + this.quietUses;
  }
  get quietCount() {
    return (this.model.loader.quietMisses ?? 0) + this.quietUses;
  }
  /** Quiet unless the change touched this function or a function being followed for a touched one asks (src/model/program.ts `touched`). */
  isQuiet(file, fnId) {
    return this.quietContext !== false && !this.model.touched(file, fnId);
  }
  inContext(quiet, run) {
    const outer = this.quietContext;
    this.quietContext = quiet;
    try {
      return this.model.quietly(quiet, run);
    } finally {
      this.quietContext = outer;
    }
  }
  forget(key) {
    this.memo.delete(key);
    this.invocationMemo.delete(key);
    this.classified.delete(key);
    this.unpruned.delete(key);
    this.alternates.delete(key);
    this.incomplete.delete(key);
    this.quietlyIncomplete.delete(key);
  }
  /**
   * The routes of every function of these files, and their alternates: what the view asks of them,
   * asked ahead (answers are kept), so that what they need is noted as wanted in one pass.
   */
  prepare(paths) {
    for (const path5 of paths) {
      for (const fn of this.model.loader.facts(path5)?.functions ?? []) {
        this.of(path5, fn.id);
        this.alternatesOf(path5, fn.id);
      }
    }
  }
  /** Drops the answers found while something they needed was not loaded; the rest stay. */
  forgetIncomplete() {
    for (const key of [...this.incomplete]) this.forget(key);
  }
  /**
   * A loop over a parameter that defaults to a list of constants from another file is bounded by
   * its length; a parallel loop that runs its work through a limiter another module exports
   * (`export const limiter = new Bottleneck(...)`) is limited by it.
   */
  bounded(loop) {
    if (loop.limiterImport && !loop.concurrency) {
      const shared = this.sharedLimiter(loop.file, loop.limiterImport);
      if (shared) loop = { ...loop, concurrency: shared.module, ...shared.limit !== void 0 ? { sharedLimit: shared.limit } : {} };
    }
    if (!loop.domain || loop.bound === "literal") return loop;
    this.evaluator ??= new Evaluator(this.model);
    const list = this.evaluator.evaluate(loop.domain, loop.file);
    if (loop.domainKeys) {
      const constant = list.k === "obj" && !list.opaque && list.props.size > 0 && [...list.props.values()].every((x) => x.k === "str" || x.k === "num" || x.k === "bool" || x.k === "obj");
      return constant ? { ...loop, bound: "literal", count: list.props.size } : loop;
    }
    if (list.k !== "arr" || list.items.length < 2 || !list.items.every((x) => x.k === "str" || x.k === "num")) return loop;
    return { ...loop, bound: "literal", count: list.items.length };
  }
  /**
   * The limiter module (`bottleneck`, `p-limit`) of what `name` of `module` is, seen from `file`
   * (followed through re-exports), with its limit when its construction states one
   * (`pLimit(4)`, `new Bottleneck({ maxConcurrent: 4 })`).
   */
  sharedLimiter(file, ref, depth = 0) {
    const target = depth < 4 ? this.model.resolveModule(file, ref.module) : void 0;
    const facts = target ? this.model.loader.facts(target, ref.name) : void 0;
    const sym = own(facts?.exports, ref.name);
    if (!sym) return void 0;
    if (sym.t === "import" && !isLimiter(sym)) return this.sharedLimiter(target, sym, depth + 1);
    if (!isLimiter(sym)) return void 0;
    const init = own(facts.constants, own(facts.exportLocals, ref.name) ?? ref.name);
    this.evaluator ??= new Evaluator(this.model);
    const made = init && this.evaluator.evaluate(init, target);
    const first = made?.k === "call" ? made.args[0] : void 0;
    const stated = first?.k === "obj" ? first.props.get("maxConcurrent") ?? first.props.get("concurrency") : first;
    return { module: limiterModule(sym), ...stated?.k === "num" && stated.v > 0 ? { limit: stated.v } : {} };
  }
  of(file, fnId) {
    const key = `${file}\0${fnId}`;
    const quiet = this.isQuiet(file, fnId);
    const cached = this.memo.get(key);
    if (cached && !quiet && this.quietlyIncomplete.has(key)) this.forget(key);
    else if (cached) {
      if (this.incomplete.has(key)) this.incompleteUses++;
      if (this.quietlyIncomplete.has(key)) this.quietUses++;
      return cached;
    }
    if (this.inProgress.has(key)) {
      this.recursionCuts++;
      return [];
    }
    if (this.callDepth >= MAX_CALL_DEPTH) {
      this.recursionCuts++;
      this.depthCut = true;
      return [];
    }
    this.inProgress.add(key);
    const invocations = [];
    const misses = this.missCount;
    const quietMisses = this.quietCount;
    this.callDepth++;
    let paths;
    try {
      paths = this.inContext(quiet, () => this.compute(file, fnId, invocations));
    } finally {
      this.callDepth--;
    }
    this.inProgress.delete(key);
    if (this.missCount !== misses) this.incomplete.add(key);
    if (this.quietCount !== quietMisses) this.quietlyIncomplete.add(key);
    this.memo.set(key, paths);
    if (invocations.length) this.invocationMemo.set(key, invocations);
    return paths;
  }
  /** Where a function (or what it calls) invokes parameters, its own or those of the function it is nested in. */
  invocationsOf(file, fnId) {
    this.of(file, fnId);
    return this.invocationMemo.get(`${file}\0${fnId}`) ?? [];
  }
  /**
   * The routes of a function to call sites that `of` leaves out: through another of the outermost
   * loops (two loops of an entry that both reach one query are two risks). For the fan-out rule;
   * the other rules see one route per call site.
   */
  alternatesOf(file, fnId) {
    const key = `${file}\0${fnId}`;
    const chosen = new Set(this.of(file, fnId).map(routeKey));
    const known = this.alternates.get(key);
    if (known) {
      if (this.incomplete.has(key)) this.incompleteUses++;
      return known;
    }
    const misses = this.missCount;
    let all = this.unpruned.get(key);
    if (all) this.unpruned.delete(key);
    else {
      const classified = this.classified.get(key);
      const fn = classified && this.model.functionFact(file, fnId);
      if (!fn || !classified) return [];
      this.classified.delete(key);
      all = [];
      const found3 = all;
      this.inContext(this.isQuiet(file, fnId), () => {
        for (const c of classified) this.follow(file, fnId, fn, c, found3, []);
      });
    }
    const best = /* @__PURE__ */ new Map();
    for (const p of all) {
      const key2 = routeKey(p);
      if (chosen.has(key2)) continue;
      const m = multiplicityOf(p.loops);
      const prev = best.get(key2);
      if (!prev || better(p, m, prev)) best.set(key2, { p, m });
    }
    const found2 = [...best.values()].map((x) => x.p);
    if (this.missCount !== misses) this.incomplete.add(key);
    this.alternates.set(key, found2);
    return found2;
  }
  compute(file, fnId, invocations) {
    const fn = this.model.functionFact(file, fnId);
    if (!fn) return [];
    const out = [];
    const classified = [];
    const cuts = this.recursionCuts;
    const helperRuns = /* @__PURE__ */ new Map();
    const loopRefs = [];
    for (const call of fn.calls) {
      const own2 = call.loops.map((i) => loopRefs[i] ??= this.bounded({ ...fn.loops[i], file, fnId }));
      const inside = call.callbacks ? this.inCallbacks(call, own2, file, helperRuns) : { loops: own2 };
      if (!inside) continue;
      const c = { call, loops: inside.loops, target: this.model.classifyCall(call, file), ...inside.damped ? { damped: inside.damped } : {} };
      classified.push(c);
      this.follow(file, fnId, fn, c, out, invocations);
    }
    const key = `${file}\0${fnId}`;
    const pruned = prune(out);
    if (this.recursionCuts !== cuts) this.classified.set(key, classified);
    else if (pruned.length !== out.length) this.unpruned.set(key, out);
    return pruned;
  }
  /** The routes one classified call adds (to `out`), and where it runs parameters (to `invocations`). */
  follow(file, fnId, fn, { call, loops: own2, target, damped: around }, out, invocations) {
    const damped = dampedBy(call, around);
    const loops = call.unawaited ? own2.map((l) => l.parallel ? l : { ...l, parallel: true }) : own2;
    if (call.invokes) invocations.push({ file, owner: call.invokes.fnId, index: call.invokes.index, loops, ...damped });
    if (target.type === "effect") {
      out.push({ effect: target.effect, file, fnId, fnSpan: fn.span, callText: call.text, span: call.span, loops, steps: [], ...call.callbacks ? { handedTo: call.callbacks.map((cb) => cb.text) } : {}, ...call.onError ? { onError: true } : {}, ...call.unless ? { unless: { file, ...call.unless } } : {}, ...call.memo ? { memo: true } : {}, ...damped });
    } else if (target.type === "local") {
      for (const callee of [target, ...target.also ?? []]) {
        const step = { file, fnId, callText: call.text, span: call.span, targetId: callee.id };
        for (const inner of this.of(callee.file, callee.id)) {
          const { unless, ...rest } = inner;
          const decided = !!unless && unless.file === callee.file && unless.fnId === callee.id;
          if (decided && gives(call, unless)) continue;
          const own3 = call.unless ? { unless: { file, ...call.unless } } : void 0;
          const keep = own3 ?? (unless && !decided ? { unless } : {});
          const below = givenLists(inner.loops, call, { file, fnId }, callee);
          out.push({ ...rest, ...keep, ...decided ? { fallbackIn: { file, span: fn.span } } : {}, ...call.memo ? { memo: true } : {}, loops: inner.memo ? below : [...loops, ...below], steps: [step, ...inner.steps], ...call.onError ? { onError: true } : {}, ...damped });
        }
        for (const inv of this.invocationsOf(callee.file, callee.id)) {
          if (inv.file === callee.file && inv.owner === callee.id) {
            for (const pass of call.passes ?? []) {
              if (pass.arg === inv.index) invocations.push({ file, owner: pass.fnId, index: pass.index, loops: [...loops, ...inv.loops], ...dampedBy(inv, damped) });
            }
          } else invocations.push({ ...inv, loops: [...loops, ...inv.loops], ...dampedBy(inv, damped) });
        }
      }
    }
  }
  /**
   * The loops of a call made inside callbacks: each callback passed to a local function that runs
   * it in loops adds those loops where the callback starts. Null for a function passed by
   * reference that its callee is not seen to run.
   */
  inCallbacks(call, loops, file, helperRuns) {
    let out = loops;
    let damped;
    const callbacks = call.callbacks;
    for (let i = callbacks.length - 1; i >= 0; i--) {
      const cb = callbacks[i];
      let run = helperRuns.get(cb);
      if (run === void 0) helperRuns.set(cb, run = this.helperRun(cb, call, file));
      if (run === null) {
        if (call.ifInvoked && i === callbacks.length - 1) return null;
        continue;
      }
      const depth = Math.min(cb.depth, out.length);
      out = [...out.slice(0, depth), ...run.added, ...out.slice(depth)];
      if (run.inv.cached || run.inv.detached) damped = dampedBy(run.inv, damped);
    }
    return damped ? { loops: out, damped } : { loops: out };
  }
  /** Where the function a callback is passed to runs it, and the loops that adds (read as the caller's arguments); null where it is not seen to run it. */
  helperRun(cb, call, file) {
    const target = this.model.classifyCall({ callee: cb.callee, text: cb.text, span: call.span, loops: [], inFilter: false, arrayArg: false, arg0: null, reference: true }, file);
    const helpers = target.type === "local" ? [target, ...target.also ?? []] : [];
    const runs = helpers.flatMap((h) => this.invocationsOf(h.file, h.id).filter((inv) => inv.file === h.file && inv.owner === h.id && inv.index === cb.arg).map((inv) => ({ inv, h })));
    if (runs.length === 0) return null;
    const most = runs.reduce((a, b) => compareMultiplicity(multiplicityOf(b.inv.loops), multiplicityOf(a.inv.loops)) > 0 ? b : a);
    const helper = this.model.functionFact(most.h.file, most.h.id);
    return { inv: most.inv, added: most.inv.loops.map((loop) => asCallerSees(unrooted(loop), helper, cb.args)) };
  }
};
function better(p, m, prev) {
  if (!!p.onError !== !!prev.p.onError) return !p.onError;
  const order = compareMultiplicity(m, prev.m);
  if (order !== 0) return order > 0;
  const quiet = (x) => !!(x.cached || x.detached);
  if (quiet(p) !== quiet(prev.p)) return !quiet(p);
  return p.steps.length < prev.p.steps.length;
}
function routeKey(p) {
  const outer = p.loops[0];
  return `${p.file}:${p.span.line}:${p.span.column}${outer ? `@${outer.file}:${outer.line}:${outer.column}` : ""}`;
}
function gives(call, unless) {
  if ((call.argc ?? 0) <= unless.index) return false;
  let keys = call.given?.find((g) => g.arg === unless.index)?.keys;
  for (const key of unless.path ?? []) {
    if (keys === void 0 || keys === true) return true;
    const next = Object.hasOwn(keys, key) ? keys[key] : void 0;
    if (next === void 0) return false;
    keys = next;
  }
  return true;
}
function givenLists(loops, call, caller, callee) {
  if (!call.given) return loops;
  return loops.map((loop) => {
    if (!loop.param || (loop.paramFile ?? loop.file) !== callee.file || loop.param.fnId !== callee.id) return loop;
    const given = call.given.find((g) => g.arg === loop.param.index);
    if (given?.list !== void 0) {
      const { param: _2, paramFile: __2, ...rest2 } = loop;
      return { ...rest2, bound: "literal", count: given.list };
    }
    if (given?.param) return { ...loop, param: given.param, paramFile: caller.file };
    const { param: _, paramFile: __, ...rest } = loop;
    return rest;
  });
}
function unrooted(loop) {
  if (!loop.param) return loop;
  const { param: _, paramFile: __, ...rest } = loop;
  return rest;
}
function asCallerSees(loop, helper, args) {
  const index = helper?.params?.indexOf(loop.over) ?? -1;
  const arg = index >= 0 ? args[index] : void 0;
  return arg ? { ...loop, over: arg } : loop;
}
function prune(paths) {
  if (paths.length < 2) return paths;
  const best = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const key = `${p.file}:${p.span.line}:${p.span.column}`;
    const prev = best.get(key);
    if (!prev) {
      best.set(key, { p, m: multiplicityOf(p.loops) });
      continue;
    }
    const m = multiplicityOf(p.loops);
    if (better(p, m, prev)) best.set(key, { p, m });
  }
  const list = [...best.values()];
  if (list.length > MAX_SITES_PER_FUNCTION) list.sort((a, b) => compareMultiplicity(b.m, a.m)).length = MAX_SITES_PER_FUNCTION;
  return list.map((x) => x.p);
}

// src/model/resolve.ts
import { posix } from "node:path";
var RESOLVE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];
var CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
var NEARBY_CONFIG_NAMES = [...CONFIG_NAMES, "tsconfig.base.json"];
var ROOT_MANIFESTS = ["package.json", "pnpm-workspace.yaml", "lerna.json"];
var OUTPUT_DIRS = /* @__PURE__ */ new Set(["dist", "lib", "build", "out", "esm", "cjs", "types", "module", "commonjs"]);
var MAX_MANIFESTS = 4e3;
var MAX_EXTENDS_DEPTH = 8;
var MAX_EAGER_CONFIGS = 400;
var CONFIG_FILE = /(^|\/)(tsconfig|jsconfig)[^/]*\.json$/;
var ModuleResolver = class {
  /**
   * @param readText the text of a config file the workspace read (see `configFilesFor`), or undefined.
   * @param parseYaml parses pnpm-workspace.yaml (the `yaml` package, loaded only for repositories that have one).
   */
  constructor(files, readText, parseYaml = () => void 0) {
    this.files = files;
    this.readText = readText;
    this.parseYaml = parseYaml;
  }
  files;
  readText;
  parseYaml;
  memo = /* @__PURE__ */ new Map();
  nearest = /* @__PURE__ */ new Map();
  effective = /* @__PURE__ */ new Map();
  packageMap;
  /** The revision's manifests and tsconfig files, listed once: the file list never changes. */
  configListing;
  /** Config texts arrived: what was judged without them is judged again. */
  configsChanged(paths) {
    this.memo.clear();
    this.nearest.clear();
    this.effective.clear();
    for (const p of paths) if (ROOT_MANIFESTS.includes(posix.basename(p))) this.packageMap = void 0;
  }
  /** The repository path a specifier names from `fromFile`, or undefined (a package outside the repo, a missing file). */
  resolve(fromFile, specifier) {
    const dir = posix.dirname(fromFile);
    const key = `${dir}\0${specifier}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const resolved = this.resolveUncached(dir, specifier);
    this.memo.set(key, resolved);
    return resolved;
  }
  resolveUncached(dir, specifier) {
    if (!specifier || specifier.startsWith("node:")) return void 0;
    const config = this.configFor(dir);
    if (specifier.startsWith(".") || specifier.startsWith("/")) {
      const target = join(dir, specifier);
      const resolved = this.resolvePath(target) ?? this.viaRootDirs(target, config.rootDirs);
      return resolved ?? (specifier.split("/").some((p) => OUTPUT_DIRS.has(p)) ? this.toSource(dir, specifier) : void 0);
    }
    const viaPaths = this.viaPaths(specifier, config);
    if (viaPaths) return viaPaths;
    if (config.baseUrl !== void 0) {
      const underBase = this.resolvePath(join(config.baseUrl, specifier));
      if (underBase) return underBase;
    }
    return this.viaPackage(specifier);
  }
  // ---------------------------------------------------------------- files
  /** A file path with TypeScript's extension and `index` probing; a `.d.ts` file only when no implementation exists. */
  resolvePath(base) {
    const clean = base.replace(/^\.\//, "");
    if (this.files.has(clean) && isSource(clean)) return clean;
    const withoutJs = clean.replace(/\.(m|c)?jsx?$/, "");
    for (const stem of withoutJs !== clean ? [withoutJs, clean] : [clean]) {
      for (const ext2 of RESOLVE_EXTENSIONS) if (this.files.has(stem + ext2)) return stem + ext2;
      const index = stem ? `${stem}/index` : "index";
      for (const ext2 of RESOLVE_EXTENSIONS) if (this.files.has(index + ext2)) return index + ext2;
    }
    for (const stem of withoutJs !== clean ? [withoutJs, clean] : [clean]) {
      if (this.files.has(`${stem}.d.ts`)) return `${stem}.d.ts`;
      const index = stem ? `${stem}/index` : "index";
      if (this.files.has(`${index}.d.ts`)) return `${index}.d.ts`;
    }
    return void 0;
  }
  /** `rootDirs`: a relative import may name a file in another of the roots at the same relative place. */
  viaRootDirs(target, rootDirs) {
    if (!rootDirs) return void 0;
    for (const root of rootDirs) {
      const rel = relativeUnder(target, root);
      if (rel === void 0) continue;
      for (const other of rootDirs) {
        if (other === root) continue;
        const found2 = this.resolvePath(join(other, rel));
        if (found2) return found2;
      }
    }
    return void 0;
  }
  // ---------------------------------------------------------------- tsconfig
  viaPaths(specifier, config) {
    if (!config.paths) return void 0;
    const base = config.baseUrl ?? config.paths.dir;
    const match2 = matchPattern(Object.keys(config.paths.patterns), specifier);
    if (!match2) return void 0;
    for (const target of config.paths.patterns[match2.pattern] ?? []) {
      const found2 = this.toSource(base, target.replace("*", match2.rest));
      if (found2) return found2;
    }
    return void 0;
  }
  /** The effective config of the nearest tsconfig.json/jsconfig.json at or above `dir`. */
  configFor(dir) {
    const cached = this.nearest.get(dir);
    if (cached) return cached;
    let found2 = {};
    for (let d = dir; ; d = posix.dirname(d)) {
      const name = CONFIG_NAMES.map((n) => inDir(d, n)).find((p) => this.files.has(p));
      if (name) {
        found2 = this.configAt(name, 0);
        break;
      }
      if (d === "." || d === "/" || d === "") break;
    }
    this.nearest.set(dir, found2);
    return found2;
  }
  configAt(path5, depth) {
    const cached = this.effective.get(path5);
    if (cached) return cached;
    const text = this.readText(path5);
    const raw = text ? strictJson(text) ?? typescript_default.parseConfigFileTextToJson(path5, text).config : void 0;
    const dir = posix.dirname(path5);
    let out = {};
    const parents = typeof raw?.extends === "string" ? [raw.extends] : Array.isArray(raw?.extends) ? raw.extends : [];
    if (depth < MAX_EXTENDS_DEPTH) {
      for (const parent of parents) {
        const parentPath = typeof parent === "string" ? this.extendsTarget(dir, parent) : void 0;
        if (parentPath) out = { ...out, ...definedOnly(this.configAt(parentPath, depth + 1)) };
      }
    }
    const options2 = raw?.compilerOptions ?? {};
    if (typeof options2.baseUrl === "string") out.baseUrl = join(dir, options2.baseUrl);
    if (options2.paths && typeof options2.paths === "object") out.paths = { patterns: options2.paths, dir };
    if (Array.isArray(options2.rootDirs)) out.rootDirs = options2.rootDirs.map((r) => join(dir, r));
    this.effective.set(path5, out);
    return out;
  }
  /** The file an `extends` entry names: a relative path, or a file of a workspace package (`@acme/tsconfig/base.json`). */
  extendsTarget(dir, spec) {
    const candidates = (path5) => path5.endsWith(".json") ? [path5] : [`${path5}.json`, path5, `${path5}/tsconfig.json`];
    if (spec.startsWith(".") || spec.startsWith("/")) return candidates(join(dir, spec)).find((p) => this.files.has(p));
    const { name, subpath } = splitPackage(spec);
    const folder = this.packages().get(name);
    if (folder === void 0) return void 0;
    if (subpath === ".") {
      const manifest = this.manifest(folder);
      const named = typeof manifest?.tsconfig === "string" ? join(folder, manifest.tsconfig) : void 0;
      return [named, inDir(folder, "tsconfig.json")].find((p) => !!p && this.files.has(p));
    }
    const inPackage = this.exportsTarget(folder, subpath, (p) => this.files.has(p) ? p : void 0);
    return inPackage ?? candidates(join(folder, subpath)).find((p) => this.files.has(p));
  }
  // ---------------------------------------------------------------- workspace packages
  viaPackage(specifier) {
    const { name, subpath } = splitPackage(specifier);
    const folder = this.packages().get(name);
    if (folder === void 0) return void 0;
    return this.resolveInPackage(folder, subpath);
  }
  /** `.` or `./sub` of the package in `folder`: `exports` first, then the entry fields, then the usual source entries. */
  resolveInPackage(folder, subpath) {
    const manifest = this.manifest(folder);
    const toSource = (target) => this.toSource(folder, target);
    if (manifest?.exports !== void 0 && manifest.exports !== null) {
      const viaExports = this.exportsTarget(folder, subpath, toSource);
      if (viaExports || subpath !== ".") return viaExports;
    }
    if (subpath !== ".") return toSource(subpath);
    for (const field of [manifest?.source, manifest?.types, manifest?.typings, manifest?.main, manifest?.module]) {
      if (typeof field !== "string") continue;
      const found2 = toSource(field);
      if (found2) return found2;
    }
    return this.resolvePath(join(folder, "src/index")) ?? this.resolvePath(join(folder, "index"));
  }
  /** Node's `exports`: a string, a subpath map (with `*` patterns), conditions (nested), arrays of fallbacks. */
  exportsTarget(folder, subpath, accept) {
    const exports = this.manifest(folder)?.exports;
    if (exports === void 0 || exports === null) return void 0;
    const isSubpathMap = typeof exports === "object" && !Array.isArray(exports) && Object.keys(exports).some((k) => k.startsWith("."));
    if (!isSubpathMap) return subpath === "." ? conditionTarget(exports, "", accept) : void 0;
    const map = exports;
    const match2 = matchPattern(Object.keys(map), subpath);
    if (!match2) return void 0;
    return conditionTarget(map[match2.pattern], match2.rest, accept, match2.pattern.endsWith("/"));
  }
  manifest(folder) {
    return readJson(this.readText(inDir(folder, "package.json")));
  }
  /** Package name -> folder, built once: workspace members first, then any package.json with a name. */
  packages() {
    if (this.packageMap) return this.packageMap;
    const globs = this.workspaceGlobs();
    const declared2 = [];
    for (const path5 of this.listing().manifests) {
      if (posix.basename(path5) !== "package.json") continue;
      const manifest = readJson(this.readText(path5));
      if (typeof manifest?.name !== "string" || !manifest.name) continue;
      const folder = posix.dirname(path5);
      declared2.push({ name: manifest.name, folder, member: globs.some((g) => minimatch(folder, g, { dot: true })) && !globs.some((g) => g.startsWith("!") && minimatch(folder, g.slice(1), { dot: true })) });
    }
    declared2.sort((a, b) => Number(b.member) - Number(a.member) || depthOf(a.folder) - depthOf(b.folder) || a.folder.localeCompare(b.folder));
    const map = /* @__PURE__ */ new Map();
    for (const d of declared2) if (!map.has(d.name)) map.set(d.name, d.folder);
    this.packageMap = map;
    return map;
  }
  workspaceGlobs() {
    const globs = [];
    const root = readJson(this.readText("package.json"));
    const ws = root?.workspaces;
    if (Array.isArray(ws)) globs.push(...ws);
    else if (ws && Array.isArray(ws.packages)) globs.push(...ws.packages);
    const pnpm = this.readText("pnpm-workspace.yaml");
    if (pnpm) {
      try {
        const parsed = this.parseYaml(pnpm);
        if (Array.isArray(parsed?.packages)) globs.push(...parsed.packages.filter((p) => typeof p === "string"));
      } catch {
      }
    }
    const lerna = readJson(this.readText("lerna.json"));
    if (Array.isArray(lerna?.packages)) globs.push(...lerna.packages.filter((p) => typeof p === "string"));
    return globs.map((g) => g.replace(/^\.\//, "").replace(/\/$/, ""));
  }
  /**
   * The source a target inside `folder` stands for: an emitted file (`dist/index.js`,
   * `lib/esm/x.d.ts`) mapped back to `src/` first, then the target itself when it is source,
   * then the emitted path without its output folders (`dist/index.js` -> `index.ts`).
   */
  toSource(folder, target) {
    const rel = join("", target.replace(/^\.\//, ""));
    const parts = rel.split("/");
    const stem = (p) => p.replace(/\.d\.(m|c)?ts$/, "").replace(/\.(m|c)?jsx?$/, "");
    const first = parts.findIndex((p) => OUTPUT_DIRS.has(p));
    const literal2 = /\.d\.(m|c)?ts$/.test(rel) ? void 0 : this.resolvePath(join(folder, rel));
    if (first < 0) return literal2 ?? (/\.d\.(m|c)?ts$/.test(rel) ? this.resolvePath(join(folder, stem(rel))) : void 0);
    let last = first;
    while (last < parts.length - 1 && OUTPUT_DIRS.has(parts[last])) last++;
    const before = parts.slice(0, first);
    const rest = stem(parts.slice(last).join("/"));
    const asSource = (segments) => this.resolvePath(join(folder, segments.filter(Boolean).join("/")));
    return asSource([...before, "src", rest]) ?? literal2 ?? asSource([...before, rest]);
  }
  // ---------------------------------------------------------------- what to read
  /**
   * The config files resolution from `paths` may read that are not read yet: the configs above
   * them, every package manifest and workspace file of the revision (once), every tsconfig an
   * already read config extends. The workspace reads them in one batch and asks again until
   * nothing new is named (extends chains of packages not met before).
   */
  configFilesFor(paths, isRead) {
    const out = /* @__PURE__ */ new Set();
    const want = (p) => {
      if (this.files.has(p) && !isRead(p)) out.add(p);
    };
    for (const p of ROOT_MANIFESTS) want(p);
    const { manifests, configs } = this.listing();
    for (const p of manifests) want(p);
    if (configs.length <= MAX_EAGER_CONFIGS) for (const p of configs) want(p);
    const seen = /* @__PURE__ */ new Set();
    for (const p of paths) {
      for (let d = posix.dirname(p); !seen.has(d); d = posix.dirname(d)) {
        seen.add(d);
        for (const name of NEARBY_CONFIG_NAMES) want(inDir(d, name));
        if (d === "." || d === "/" || d === "") break;
      }
    }
    return [...out];
  }
  listing() {
    this.configListing ??= { manifests: manifestPaths(this.files), configs: [...this.files].filter((f) => CONFIG_FILE.test(f) && !f.includes("node_modules/")) };
    return this.configListing;
  }
  /** The `extends` targets of these read configs that are not read yet (needs the manifests for package specifiers). */
  extendsOf(configPaths, isRead) {
    const out = /* @__PURE__ */ new Set();
    for (const path5 of configPaths) {
      if (!/\.json$/.test(path5) || posix.basename(path5) === "package.json" || posix.basename(path5) === "lerna.json") continue;
      const raw = readJson(this.readText(path5));
      const parents = typeof raw?.extends === "string" ? [raw.extends] : Array.isArray(raw?.extends) ? raw.extends : [];
      for (const parent of parents) {
        if (typeof parent !== "string") continue;
        const target = this.extendsTarget(posix.dirname(path5), parent);
        if (target && !isRead(target)) out.add(target);
      }
    }
    return [...out];
  }
};
function manifestPaths(files) {
  const out = [];
  for (const f of files) {
    if (!f.endsWith("package.json") || f !== "package.json" && !f.endsWith("/package.json")) continue;
    if (f.includes("node_modules/")) continue;
    out.push(f);
  }
  if (out.length <= MAX_MANIFESTS) return out;
  return out.sort((a, b) => depthOf(a) - depthOf(b)).slice(0, MAX_MANIFESTS);
}
function conditionTarget(value, rest, accept, folder = false) {
  if (typeof value === "string") return accept(folder ? value + rest : value.replaceAll("*", rest));
  if (Array.isArray(value)) {
    for (const v of value) {
      const found2 = conditionTarget(v, rest, accept, folder);
      if (found2) return found2;
    }
    return void 0;
  }
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) {
      const found2 = conditionTarget(v, rest, accept, folder);
      if (found2) return found2;
    }
  }
  return void 0;
}
function matchPattern(patterns, specifier) {
  if (patterns.includes(specifier) && !specifier.includes("*")) return { pattern: specifier, rest: "" };
  let best;
  for (const pattern of patterns) {
    const star = pattern.indexOf("*");
    if (star < 0) {
      if (pattern.endsWith("/") && specifier.startsWith(pattern) && (!best || pattern.length > best.prefix)) best = { pattern, rest: specifier.slice(pattern.length), prefix: pattern.length };
      continue;
    }
    const pre = pattern.slice(0, star);
    const post = pattern.slice(star + 1);
    if (specifier.length >= pre.length + post.length && specifier.startsWith(pre) && specifier.endsWith(post) && (!best || pre.length > best.prefix)) {
      best = { pattern, rest: specifier.slice(pre.length, specifier.length - post.length), prefix: pre.length };
    }
  }
  return best && { pattern: best.pattern, rest: best.rest };
}
function splitPackage(specifier) {
  const parts = specifier.split("/");
  const n = specifier.startsWith("@") ? 2 : 1;
  const rest = parts.slice(n).join("/");
  return { name: parts.slice(0, n).join("/"), subpath: rest ? `./${rest}` : "." };
}
function strictJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function readJson(text) {
  if (!text) return void 0;
  const strict = strictJson(text);
  if (strict !== void 0) return strict;
  const parsed = typescript_default.parseConfigFileTextToJson("config.json", text);
  return parsed.error ? void 0 : parsed.config;
}
function definedOnly(config) {
  const out = {};
  if (config.baseUrl !== void 0) out.baseUrl = config.baseUrl;
  if (config.paths) out.paths = config.paths;
  if (config.rootDirs) out.rootDirs = config.rootDirs;
  return out;
}
function isSource(path5) {
  return RESOLVE_EXTENSIONS.some((e) => path5.endsWith(e)) && !/\.d\.(m|c)?ts$/.test(path5);
}
function join(dir, path5) {
  const joined = path5.startsWith("/") ? path5.slice(1) : posix.join(dir, path5);
  const normal = posix.normalize(joined);
  return normal === "." ? "" : normal.replace(/^\.\//, "");
}
function inDir(dir, name) {
  return dir === "." || dir === "" ? name : `${dir}/${name}`;
}
function relativeUnder(path5, root) {
  if (root === "" || root === ".") return path5;
  return path5 === root ? "" : path5.startsWith(`${root}/`) ? path5.slice(root.length + 1) : void 0;
}
function depthOf(path5) {
  return path5 === "." ? 0 : path5.split("/").length;
}

// src/model/program.ts
var MAX_DEPTH2 = 14;
var MAX_IMPLEMENTERS = 8;
var RevisionModel = class {
  constructor(loader, readText, catalog = DEFAULT_CATALOG, parseYaml) {
    this.loader = loader;
    this.catalog = catalog;
    this.resolver = new ModuleResolver(loader.files, readText, parseYaml);
  }
  loader;
  catalog;
  /** Effect paths per function, shared by every stage that asks (memoized). */
  summaries = new Summaries(this);
  /** Module resolution: relative paths, tsconfig `paths`/`baseUrl`, workspace packages. */
  resolver;
  /**
   * Whether the change touched a function (on either side): what it reaches is loaded as asked for.
   * A function it did not touch is answered from what is loaded (quietly), unless a touched one calls
   * it. Without this, every function counts as touched.
   */
  touched = () => true;
  /** Whether a file is one the change touched (its callers in untouched files are answered quietly). Without this, every file is. */
  inChange = () => true;
  /** Runs `run` with what it asks for and finds not loaded noted as wanted, or, quietly, only counted. */
  quietly(quiet, run) {
    const outer = this.loader.quiet;
    this.loader.quiet = quiet;
    try {
      return run();
    } finally {
      this.loader.quiet = outer;
    }
  }
  // ---------------------------------------------------------------- module resolution
  /** The repository path a specifier names, or undefined for packages and files outside the repo (src/model/resolve.ts). */
  resolveModule(fromFile, specifier) {
    return this.resolver.resolve(fromFile, specifier);
  }
  // ---------------------------------------------------------------- symbols to values
  resolve(sym, file, depth = 0) {
    if (depth > MAX_DEPTH2) return { v: "unknown", names: [] };
    const facts = this.loader.facts(file);
    switch (sym.t) {
      case "import":
        return this.resolveImport(file, sym.module, sym.name, depth);
      case "fn":
        return { v: "fn", file, id: sym.id };
      case "class":
        return this.classValue(file, sym.name, depth);
      case "object":
        return { v: "object", file, props: sym.props, ...sym.iface ? { iface: sym.iface } : {}, ...sym.spreads ? { spreads: sym.spreads } : {} };
      case "either":
        return this.either(sym.options, file, depth);
      case "global": {
        const callable = own(GLOBAL_CALLABLES, sym.name);
        if (callable) return { v: "callable", lib: callable, name: sym.name };
        if (IN_MEMORY_CONSTRUCTORS.has(sym.name)) return { v: "not-io" };
        return { v: "unknown", names: [sym.name] };
      }
      case "this":
        if (sym.cls) return { v: "instance", file, cls: sym.cls };
        if (sym.obj) {
          const obj = own(facts?.bindings, sym.obj);
          return obj ? this.resolve(obj, file, depth + 1) : { v: "unknown", names: [] };
        }
        return { v: "unknown", names: ["this"] };
      case "param":
        return this.resolveParam(sym, file, depth);
      case "new":
        return this.construct(this.resolve(sym.of, file, depth + 1), depth);
      case "call":
      case "member": {
        const links = [];
        let root = sym;
        while (root.t === "call" || root.t === "member") {
          links.push(root);
          root = root.of;
        }
        let value = this.resolve(root, file, depth + 1);
        for (let i = links.length - 1; i >= 0; i--) {
          const link = links[i];
          value = link.t === "call" ? this.callResult(value, depth) : this.member(value, link.name, depth);
        }
        return value;
      }
      case "collection":
        return { v: "collection", of: this.resolve(sym.of, file, depth + 1) };
      case "element":
        return this.elementOf(this.resolve(sym.of, file, depth + 1), sym.name);
      case "signature":
        return { v: "signature", file, returns: sym.returns };
      case "generic":
        return this.instantiate(this.resolve(sym.of, file, depth + 1), sym.args.map((a) => ({ t: "at", file, sym: a })));
      case "at":
        return this.resolve(sym.sym, sym.file, depth + 1);
      case "typeParam":
        return { v: "unknown", names: [] };
      case "array":
      case "literal":
        return { v: "not-io" };
      case "unknown":
        return { v: "unknown", names: sym.name ? [sym.name] : [] };
    }
  }
  /**
   * The most telling of the values a symbol may have (`a || b`, `c ? a : b`, the cases of a factory's
   * switch): the first that is something, else one that is in memory, else unknown. Options are
   * read in order and only as far as needed; while one waits for a file not loaded yet, the later
   * ones are not asked (a factory of seventeen drivers loads the first, not all seventeen).
   */
  either(options2, file, depth) {
    let notIo;
    let first;
    for (const option of options2) {
      const misses = this.loader.misses;
      const value = this.resolve(option, file, depth + 1);
      if (value.v !== "unknown" && value.v !== "not-io") return value;
      if (value.v === "not-io") notIo ??= value;
      first ??= value;
      if (this.loader.misses !== misses) break;
    }
    return notIo ?? first ?? { v: "unknown", names: [] };
  }
  /** A generic shape or function type with its type parameters read as the given arguments; anything else as it is. */
  instantiate(of, args) {
    if (of.v === "object") {
      const props = {};
      for (const [k, p] of Object.entries(of.props)) props[k] = substitute(p, args);
      return { ...of, props, ...of.spreads ? { spreads: of.spreads.map((x) => substitute(x, args)) } : {} };
    }
    if (of.v === "signature") return { ...of, returns: substitute(of.returns, args) };
    return of;
  }
  resolveImport(file, module, name, depth) {
    const local = this.resolveModule(file, module);
    if (local) return name === "*" ? { v: "module", file: local } : this.exportValue(local, name, depth + 1);
    const lib = this.catalog.forModule(module) ?? this.catalog.generatedClient(module, name) ?? this.catalog.republished(module, name);
    if (!lib) {
      const names = name === "default" || name === "*" ? [module.replace(/^.*\//, "")] : [name];
      const hint = this.catalog.moduleHint(module);
      return hint ? { v: "unknown", names, hint } : { v: "unknown", names };
    }
    const role = own(lib.exports, name) ?? (matchesTypeName(lib.types, name) ? "constructor" : void 0) ?? (name !== "default" && name !== "*" ? lib.otherExports?.(name) : void 0);
    switch (role) {
      case "constructor":
        return { v: "constructor", lib };
      case "factory":
        return { v: "factory", lib };
      case "namespace":
        return { v: "namespace", lib };
      case "handle":
        return { v: "handle", lib, path: [], confidence: "high" };
      case "callable":
        return { v: "callable", lib, name: name === "default" ? lib.label : name };
      case "not-io":
        return { v: "not-io" };
      default:
        return name === "*" ? { v: "handle", lib, path: [], confidence: "high" } : { v: "unknown", names: [name] };
    }
  }
  exportValue(file, name, depth) {
    if (depth > MAX_DEPTH2) return { v: "unknown", names: [name] };
    const facts = this.loader.facts(file, name);
    if (!facts) return { v: "unknown", names: [name] };
    const sym = own(facts.exports, name);
    if (sym) return this.resolve(sym, file, depth + 1);
    const target = this.starExporter(file, name, /* @__PURE__ */ new Set([file]));
    if (target) return this.exportValue(target, name, depth + 1);
    const fallback = name === "default" ? own(facts.bindings, "default") : void 0;
    if (fallback) return this.resolve(fallback, file, depth + 1);
    return { v: "unknown", names: [name] };
  }
  /** The file that `export *` chains of `file` pass `name` on from (`index` -> `storage/index` -> `storage/types`), or undefined. */
  starExporter(file, name, seen) {
    for (const star of this.loader.facts(file)?.starExports ?? []) {
      const target = this.resolveModule(file, star);
      if (!target || seen.has(target)) continue;
      seen.add(target);
      const facts = this.loader.facts(target, name);
      if (!facts) continue;
      if (own(facts.exports, name)) return target;
      const deeper = this.starExporter(target, name, seen);
      if (deeper) return deeper;
    }
    return void 0;
  }
  resolveParam(sym, file, depth) {
    if (sym.callbackOf) {
      const receiver = this.resolve(sym.callbackOf.receiver, file, depth + 1);
      if (receiver.v === "handle" && HANDLE_CALLBACK_METHODS.test(sym.callbackOf.method)) return { ...receiver, path: [] };
      if (sym.callbackOf.index === 0 && ELEMENT_CALLBACKS.test(sym.callbackOf.method)) return this.elementOf(receiver, sym.name);
      return { v: "unknown", names: [sym.name] };
    }
    if (sym.type) {
      const typed = this.typedValue(sym.type, file, depth);
      if (typed.v === "object") return { ...typed, holder: sym.name };
      if (typed.v !== "unknown") return typed;
    }
    return { v: "unknown", names: [sym.name] };
  }
  /** The value a declared type describes: a client class is a handle, a workspace class an instance, an interface its fields. */
  typedValue(typeSym2, file, depth) {
    return this.valueOfType(this.resolve(typeSym2, file, depth + 1), depth);
  }
  valueOfType(type, depth) {
    if (type.v === "collection") {
      const of = this.valueOfType(type.of, depth + 1);
      return of.v === "unknown" ? of : { v: "collection", of };
    }
    if (type.v === "constructor") return { v: "handle", lib: type.lib, path: [], confidence: "high" };
    if (type.v === "handle") {
      const name = type.path[type.path.length - 1];
      return name === void 0 || matchesTypeName(type.lib.types, name) ? { ...type, path: [] } : { v: "unknown", names: [] };
    }
    if (type.v === "class") return this.construct(type, depth);
    if (type.v === "object" || type.v === "instance" || type.v === "not-io" || type.v === "signature") return type;
    if (type.v === "unknown" && type.names[0] && IN_MEMORY_CONSTRUCTORS.has(type.names[0])) return { v: "not-io" };
    return { v: "unknown", names: [] };
  }
  classValue(file, name, depth) {
    const base = this.classBase(file, name, depth);
    if (base && base.v === "constructor" && !this.ownsMethods(file, name)) return base;
    return { v: "class", file, name };
  }
  /** The class declares methods of its own (a constructor aside). */
  ownsMethods(file, name) {
    const methods = this.classFact(file, name)?.methods;
    return !!methods && Object.keys(methods).some((m) => m !== "constructor");
  }
  /** What a class extends, when that is a client (`class PrismaService extends PrismaClient`). */
  classBase(file, name, depth) {
    const cls = this.classFact(file, name);
    if (!cls?.extends || depth > MAX_DEPTH2) return void 0;
    const base = this.resolve(cls.extends, file, depth + 1);
    if (base.v === "class") return this.classBase(base.file, base.name, depth + 1) ?? base;
    return base;
  }
  classFact(file, name) {
    return own(this.loader.facts(file)?.classes, name);
  }
  construct(of, depth) {
    switch (of.v) {
      case "constructor":
        return { v: "handle", lib: of.lib, path: [], confidence: "high" };
      case "class": {
        const base = this.classBase(of.file, of.name, depth);
        if (base?.v === "constructor" && !this.ownsMethods(of.file, of.name)) return { v: "handle", lib: base.lib, path: [], confidence: "high" };
        return { v: "instance", file: of.file, cls: of.name };
      }
      case "not-io":
        return of;
      case "unknown":
        return of.names.length === 1 && IN_MEMORY_CONSTRUCTORS.has(of.names[0]) ? { v: "not-io" } : { v: "unknown", names: [] };
      case "handle":
        return { ...of, path: [] };
      default:
        return { v: "unknown", names: [] };
    }
  }
  callResult(of, depth) {
    switch (of.v) {
      case "factory":
        return { v: "handle", lib: of.lib, path: [], confidence: "high" };
      case "handle": {
        const method = of.path[of.path.length - 1];
        if (method === void 0) return of.lib.builder ? { ...of, called: true } : { v: "not-io" };
        if (of.pipeline) return of.lib.pipeline?.flush.includes(method) ? { v: "not-io" } : { ...of, path: [], called: false };
        const result = own(of.lib.results, method);
        if (result) {
          const handle = { v: "handle", lib: of.lib, path: [], confidence: of.confidence };
          return result === "handles" ? { v: "collection", of: handle } : handle;
        }
        if (of.lib.derive?.includes(method)) return { v: "handle", lib: of.lib, path: [], confidence: of.confidence };
        if (of.lib.pipeline?.methods.includes(method)) return { v: "handle", lib: of.lib, path: [], confidence: of.confidence, pipeline: true };
        if (of.lib.builder && !of.pipeline) return { ...of, called: true };
        return { v: "not-io" };
      }
      case "fn": {
        const fn = this.functionFact(of.file, of.id);
        if (!fn || depth > MAX_DEPTH2) return { v: "unknown", names: [] };
        if (fn.returns) {
          const returned = this.resolve(fn.returns, of.file, depth + 1);
          if (returned.v === "handle" || returned.v === "instance" || returned.v === "object" || returned.v === "class" || returned.v === "constructor" || returned.v === "fn") return returned;
        }
        if (fn.returnType) {
          const typed = this.typedValue(fn.returnType, of.file, depth + 1);
          if (typed.v === "handle" || typed.v === "instance" || typed.v === "object") return typed;
        }
        return { v: "unknown", names: [] };
      }
      case "unknown":
        return { v: "unknown", names: [...of.names, "()"] };
      case "signature": {
        const typed = this.typedValue(of.returns, of.file, depth + 1);
        return typed.v === "handle" || typed.v === "instance" || typed.v === "object" || typed.v === "collection" ? typed : { v: "unknown", names: [] };
      }
      default:
        return { v: "not-io" };
    }
  }
  member(of, name, depth) {
    switch (of.v) {
      case "handle":
        if (of.called && of.lib.builder) return { ...of, path: of.path.length ? of.path : [name], called: false };
        return { ...of, path: [...of.path, name], called: false };
      case "namespace":
        return matchesTypeName(of.lib.types, name) ? { v: "constructor", lib: of.lib } : { v: "not-io" };
      case "constructor":
        if (of.lib.statics?.includes(name)) return { v: "factory", lib: of.lib };
        return name === "prototype" ? { v: "unknown", names: [] } : { v: "constructor", lib: of.lib };
      case "module":
        return this.exportValue(of.file, name, depth + 1);
      case "object": {
        const prop = own(of.props, name);
        if (prop) return this.resolve(prop, of.file, depth + 1);
        for (const spread of [...of.spreads ?? []].reverse()) {
          const value = this.member(this.resolve(spread, of.file, depth + 1), name, depth + 1);
          if (value.v !== "unknown" || value.hint) return value;
        }
        const implemented = of.iface ? this.implementedMember(of.file, of.iface, name, depth) : void 0;
        return implemented ?? { v: "unknown", names: of.holder ? [of.holder, name] : [name] };
      }
      case "class": {
        const cls = this.classFact(of.file, of.name);
        const method = own(cls?.methods, name);
        if (method) return { v: "fn", file: of.file, id: method };
        const base = this.classBase(of.file, of.name, depth);
        if (base?.v === "constructor") return { v: "handle", lib: base.lib, path: [name], confidence: "high" };
        return { v: "unknown", names: [of.name, name] };
      }
      case "instance":
        return this.instanceMember(of.file, of.cls, name, depth);
      case "unknown":
        return of.hint ? { v: "unknown", names: [...of.names, name], hint: of.hint } : { v: "unknown", names: [...of.names, name] };
      case "not-io":
        return of;
      default:
        return { v: "unknown", names: [name] };
    }
  }
  /** An element of what a loop iterates or a callback maps over. */
  elementOf(collection, name) {
    if (collection.v === "collection") return collection.of;
    return { v: "unknown", names: [name] };
  }
  instanceMember(file, clsName, name, depth) {
    const cls = this.classFact(file, clsName);
    if (!cls || depth > MAX_DEPTH2) return { v: "unknown", names: [name] };
    const method = own(cls.methods, name);
    if (method) return cls.getters?.includes(name) ? this.callResult({ v: "fn", file, id: method }, depth + 1) : { v: "fn", file, id: method };
    const field = own(cls.fields, name);
    if (field) {
      const value = this.resolve(field, file, depth + 1);
      return value.v === "unknown" ? { v: "unknown", names: [name] } : value;
    }
    if (cls.extends) {
      const base = this.resolve(cls.extends, file, depth + 1);
      if (base.v === "class") return this.instanceMember(base.file, base.name, name, depth + 1);
      if (base.v === "constructor") return { v: "handle", lib: base.lib, path: [name], confidence: "high" };
    }
    return { v: "unknown", names: [name] };
  }
  // ---------------------------------------------------------------- interfaces and their implementers
  /**
   * A method of an interface, as its implementing class defines it (`sessionStore: ISessionStore`
   * where `class SessionStore implements ISessionStore`). Implementers in tests and fakes come last:
   * production code runs the real one.
   */
  implementedMember(file, iface, name, depth) {
    if (depth > MAX_DEPTH2) return void 0;
    const methods = [];
    for (const impl of followedImplementers(this.implementers(file, iface))) {
      const value = this.instanceMember(impl.file, impl.cls, name, depth + 1);
      if (value.v === "fn") methods.push({ file: value.file, id: value.id });
      else if (value.v !== "unknown" && methods.length === 0) return value;
    }
    const [first, ...also] = methods;
    return first ? { v: "fn", ...first, ...also.length ? { also } : {} } : void 0;
  }
  implementerIndex;
  /**
   * How many answers used an index built while a file it needed was not loaded (an `implements`
   * clause through a barrel not read yet): counted as misses by the summaries that use them.
   */
  lackingUses = 0;
  implementers(file, iface) {
    if (this.loader.facts(file)?.interfaces?.includes(iface)) this.loader.implementersSought?.(iface);
    const misses = () => ({ deep: this.loader.misses ?? 0, quiet: this.loader.quietMisses ?? 0 });
    const index = this.implementerIndex;
    if (!index || index.files !== this.loader.loadedSize || index.quietlyLacking && !this.loader.quiet) {
      const before = misses();
      const byInterface = /* @__PURE__ */ new Map();
      for (const facts of this.loader.loadedFacts()) {
        for (const cls of Object.values(facts.classes)) {
          for (const sym of cls.implements ?? []) {
            const value = this.resolve(sym, facts.path, MAX_DEPTH2 - 4);
            if (value.v !== "object" || !value.iface) continue;
            const key = `${value.file}\0${value.iface}`;
            const list = byInterface.get(key) ?? [];
            list.push({ file: facts.path, cls: cls.name });
            byInterface.set(key, list);
          }
        }
      }
      for (const list of byInterface.values()) list.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
      const after = misses();
      this.implementerIndex = { files: this.loader.loadedSize, byInterface, lacking: after.deep !== before.deep, quietlyLacking: after.quiet !== before.quiet };
    }
    if (this.implementerIndex.lacking || this.implementerIndex.quietlyLacking) this.lackingUses++;
    return this.implementerIndex.byInterface.get(`${file}\0${iface}`) ?? [];
  }
  functionFact(file, id) {
    return this.functionIndex(file).get(id);
  }
  fnIndex = /* @__PURE__ */ new Map();
  functionIndex(file) {
    let index = this.fnIndex.get(file);
    if (!index) {
      const facts = this.loader.facts(file);
      index = new Map((facts?.functions ?? []).map((f) => [f.id, f]));
      if (facts) this.fnIndex.set(file, index);
    }
    return index;
  }
  // ---------------------------------------------------------------- calls
  /** What a call does: an I/O effect, a call into a function we can follow, or nothing we track. */
  classifyCall(call, file) {
    const value = this.resolve(call.callee, file);
    if (call.reference) return value.v === "fn" ? { type: "local", file: value.file, id: value.id } : { type: "none" };
    switch (value.v) {
      case "fn":
        return { type: "local", file: value.file, id: value.id, ...value.also ? { also: value.also } : {} };
      case "callable": {
        const lib = value.lib;
        const operation = value.name === lib.label ? "" : value.name;
        return { type: "effect", effect: makeEffect(lib.label, operation, lib.kind, "high", "modules" in lib ? lib : void 0, call) };
      }
      case "handle":
        return this.handleCall(value, call, file);
      case "unknown":
        return this.heuristicCall(value.names, call, value.hint);
      default:
        return { type: "none" };
    }
  }
  handleCall(value, call, file) {
    const lib = value.lib;
    const path5 = value.path;
    const method = path5[path5.length - 1];
    if (lib.builder) {
      const last = call.callee.t === "member" ? call.callee.name : void 0;
      if (last && lib.renders?.includes(last)) return { type: "none" };
      if (call.unawaited && !(last && lib.runs?.includes(last))) return { type: "none" };
      if (call.argOf) {
        const parent = this.resolve(call.argOf, file);
        if (parent.v === "handle" && parent.lib === lib) return { type: "none" };
      }
    }
    if (method === void 0) {
      if (lib.builder) return { type: "none" };
      return { type: "effect", effect: makeEffect(lib.label, "", lib.kind, value.confidence, lib, call) };
    }
    if (value.pipeline) {
      const name = lib.pipeline?.name;
      return lib.pipeline?.flush.includes(method) ? { type: "effect", effect: makeEffect(lib.label, name ?? "pipeline.exec", lib.kind, value.confidence, lib, call) } : { type: "none" };
    }
    if (path5.some((p) => lib.ignore?.includes(p))) return { type: "none" };
    if (lib.only && !lib.only.includes(method)) return { type: "none" };
    if (lib.derive?.includes(method) || lib.pipeline?.methods.includes(method)) return { type: "none" };
    let operation;
    if (lib.builder) operation = path5[0];
    else if (lib.operationDepth) operation = path5.slice(0, lib.operationDepth).join(".");
    else operation = path5.join(".");
    if (method === "send" && call.arg0) {
      const command = commandName(call.arg0);
      if (command) operation = `send:${command}`;
    }
    return { type: "effect", effect: makeEffect(lib.label, operation, lib.kind, value.confidence, lib, call) };
  }
  /** Unknown clients with telling names (`cache.get`, `this.db.query`, `usersRepository.find`) count at lower confidence. */
  heuristicCall(names, call, hint) {
    const clean = names.filter((n) => n !== "()");
    if (hint?.functions && names.length === 1 && hint.functions.test(names[0])) {
      return { type: "effect", effect: { key: names[0], label: names[0], operation: "", kind: hint.kind, confidence: "low", local: false, batch: false } };
    }
    if (clean.length < 2 || names[names.length - 2] === "()") return { type: "none" };
    const method = clean[clean.length - 1];
    const receiver = clean[clean.length - 2];
    if (hint && clean.length === 2 && hint.methods.test(method)) {
      return { type: "effect", effect: { key: `${receiver}.${method}`, label: receiver, operation: method, kind: hint.kind, confidence: "low", local: false, batch: isBatchName(method, call) } };
    }
    if (hint?.kind === "db" && clean.length >= 3 && (DELEGATE_OPERATIONS.test(method) || SINGLE_DELEGATE_OPERATIONS.test(method))) {
      return { type: "effect", effect: makeEffect(clean[0], `${receiver}.${method}`, "db", "low", CATALOG.find((lib) => lib.operationDepth === 2), call) };
    }
    for (const t of this.catalog.names) {
      if (t.pattern.test(receiver) && t.methods.test(method)) {
        return { type: "effect", effect: { key: `${receiver}.${method}`, label: receiver, operation: method, kind: t.kind, confidence: "low", local: false, batch: isBatchName(method, call) } };
      }
    }
    const root = clean[clean.length - 3];
    if (root !== void 0 && DELEGATE_OPERATIONS.test(method)) {
      const db = this.catalog.names.find((t) => t.kind === "db" && t.pattern.test(root));
      if (db) return { type: "effect", effect: makeEffect(root, `${receiver}.${method}`, "db", "low", CATALOG.find((lib) => lib.operationDepth === 2), call) };
    }
    return { type: "none" };
  }
};
var ELEMENT_CALLBACKS = /^(map|forEach|flatMap|filter|some|every|find|findLast|findIndex|each|mapSeries|eachSeries)$/;
function followedImplementers(all) {
  const real = all.filter((impl) => !isStandIn(impl));
  return [...real.length ? real : all].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0).slice(0, MAX_IMPLEMENTERS);
}
function isStandIn(impl) {
  return /(^|\/)(tests?|__tests__|__mocks__|mocks?|fakes?|fixtures?|stubs?)\/|\.(test|spec)\.[cm]?[jt]sx?$/i.test(impl.file) || /^(Fake|Mock|Stub|InMemory|Dummy|Noop|Test)/.test(impl.cls);
}
var SINGLE_DELEGATE_OPERATIONS = /^(create|update|delete|count)$/;
var DELEGATE_OPERATIONS = /^(findMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|createMany|createManyAndReturn|updateMany|upsert|deleteMany|aggregate|groupBy)$/;
function commandName(sym) {
  if (sym.t === "new") {
    let of = sym.of;
    if (of.t === "import") return of.name;
    if (of.t === "member") return of.name;
    if (of.t === "unknown" && of.name) return of.name;
  }
  return void 0;
}
function makeEffect(label, operation, kind, confidence, lib, call) {
  const key = operation ? `${label}.${operation}` : label;
  const method = operation.split(".").pop() ?? "";
  let batch = false;
  for (const pair2 of lib?.batches ?? []) {
    if (pair2.batch !== method && pair2.batch !== operation) continue;
    if (pair2.when === "in-filter" && !call.inFilter) continue;
    if (pair2.when === "array-arg" && !call.arrayArg) continue;
    batch = true;
  }
  const effect = { key, label, operation, kind, confidence, local: !!lib?.local, batch };
  if (lib) effect.lib = lib;
  return effect;
}
function isBatchName(method, call) {
  return /^(mget|mGet|getMany|findMany|findByIds|insertMany|createMany|bulk\w*|\w*Batch)$/.test(method) || call.inFilter;
}
function singlesOf(effect) {
  if (!effect.batch || !effect.lib) return [];
  const method = effect.operation.split(".").pop() ?? "";
  const prefix2 = effect.operation.includes(".") ? effect.operation.slice(0, effect.operation.lastIndexOf(".") + 1) : "";
  const out = [];
  for (const pair2 of effect.lib.batches ?? []) {
    if (pair2.batch === method) for (const s of pair2.single) out.push(`${effect.label}.${prefix2}${s}`);
    else if (pair2.batch === effect.operation) for (const s of pair2.single) out.push(`${effect.label}.${s}`);
  }
  return out;
}
function substitute(sym, args) {
  const sub = (x) => substitute(x, args);
  switch (sym.t) {
    case "typeParam":
      return args[sym.index] ?? { t: "unknown" };
    case "param":
      return sym.type ? { ...sym, type: sub(sym.type) } : sym;
    case "object": {
      const props = {};
      for (const [k, p] of Object.entries(sym.props)) props[k] = sub(p);
      return { ...sym, props, ...sym.spreads ? { spreads: sym.spreads.map(sub) } : {} };
    }
    case "collection":
    case "new":
    case "member":
    case "element":
      return { ...sym, of: sub(sym.of) };
    case "call":
      return { ...sym, of: sub(sym.of), args: sym.args.map(sub) };
    case "either":
      return { ...sym, options: sym.options.map(sub) };
    case "signature":
      return { ...sym, returns: sub(sym.returns) };
    case "generic":
      return { ...sym, of: sub(sym.of), args: sym.args.map(sub) };
    default:
      return sym;
  }
}

// src/model/workspace.ts
function mergeDemand(prev, next) {
  if (prev === void 0) return next;
  if (prev === "all" || next === "all") return "all";
  let grown = false;
  for (const n of next) if (!prev.has(n)) grown = true;
  return grown ? /* @__PURE__ */ new Set([...prev, ...next]) : prev;
}
var CHUNK = 96;
var MAX_CONFIG_ROUNDS = 6;
var RevisionFiles = class {
  constructor(rev, files, catalog) {
    this.rev = rev;
    this.files = files;
    this.model = new RevisionModel(this, (path5) => this.configTexts.get(path5), catalog, (text) => this.yaml?.(text));
  }
  rev;
  files;
  loaded = /* @__PURE__ */ new Map();
  configTexts = /* @__PURE__ */ new Map();
  model;
  /** The `yaml` parser, loaded when the revision has a pnpm-workspace.yaml. */
  yaml;
  /** Files asked for and not loaded, with what was asked of them. */
  wanted = /* @__PURE__ */ new Map();
  /** Files read and found, by their text, unable to give these names (a barrel's other files): asked again only for others. */
  cannotGive = /* @__PURE__ */ new Map();
  /** Interfaces whose implementers were asked for: searched (true) or still wanted (false). */
  interfaces = /* @__PURE__ */ new Map();
  misses = 0;
  quiet = false;
  quietMisses = 0;
  facts(path5, name) {
    const facts = this.loaded.get(path5);
    if (facts !== void 0 || !this.files.has(path5)) return facts ?? void 0;
    if (name !== void 0 && this.cannotGive.get(path5)?.has(name)) return void 0;
    if (this.quiet) {
      this.quietMisses++;
      return void 0;
    }
    const prev = this.wanted.get(path5);
    const next = mergeDemand(prev, name === void 0 ? "all" : /* @__PURE__ */ new Set([name]));
    if (next !== prev) this.wanted.set(path5, next);
    this.misses++;
    return void 0;
  }
  implementersSought(iface) {
    const sought = this.interfaces.get(iface);
    if (sought) return true;
    if (this.quiet) {
      this.quietMisses++;
      return false;
    }
    if (sought === void 0) this.interfaces.set(iface, false);
    this.misses++;
    return false;
  }
  get loadedSize() {
    return this.loaded.size;
  }
  *loadedFacts() {
    for (const facts of this.loaded.values()) if (facts) yield facts;
  }
};
var Workspace = class {
  constructor(blobs, revs, files, changedPaths, options2) {
    this.blobs = blobs;
    this.options = options2;
    this.base = new RevisionFiles(revs.base, files.base, options2.catalog);
    this.head = new RevisionFiles(revs.head, files.head, options2.catalog);
    this.changedPaths = new Set(changedPaths);
    this.extractor = new FactExtractor(options2.workers, options2.catalog);
  }
  blobs;
  options;
  base;
  head;
  extractor;
  /** Paths whose content differs between base and head (changed files, both names of a rename). */
  changedPaths;
  /** Files the fact pass failed on through an error of opsdiff's own, with its stack (printed with `--debug`). */
  internalErrors = /* @__PURE__ */ new Map();
  side(side3) {
    return side3 === "base" ? this.base : this.head;
  }
  /**
   * Loads the given files on each side (skipping sides where a path does not exist). Returns the
   * files that could not be analyzed, with the reason.
   */
  async load(paths) {
    const failures = /* @__PURE__ */ new Map();
    await this.loadBatch(paths, failures);
    return failures;
  }
  /** Whether the analysis asked for a file or a search that is not loaded yet. */
  get wanting() {
    return [this.base, this.head].some((side3) => side3.wanted.size > 0 || [...side3.interfaces.values()].includes(false));
  }
  /**
   * Loads what the analysis asked for since the last call: the wanted files (a file asked only for
   * some names is parsed only when its text can give one), and the classes that implement the
   * wanted interfaces, found by `findImplementers`. Then the answers that lacked them are forgotten,
   * so the next question finds them. Returns how many files were loaded.
   */
  async loadWanted(findImplementers) {
    const before = this.base.loadedSize + this.head.loadedSize;
    const names = /* @__PURE__ */ new Set();
    for (const side3 of [this.base, this.head]) {
      for (const [name, sought] of side3.interfaces) {
        if (sought) continue;
        names.add(name);
        side3.interfaces.set(name, true);
      }
    }
    const implementers = names.size ? await findImplementers([...names]) : [];
    const demands = { base: new Map(this.base.wanted), head: new Map(this.head.wanted) };
    this.base.wanted.clear();
    this.head.wanted.clear();
    for (const path5 of implementers) {
      if (this.head.files.has(path5)) demands.head.set(path5, "all");
      if (this.base.files.has(path5)) demands.base.set(path5, "all");
    }
    await this.loadBatch({ base: [...demands.base.keys()], head: [...demands.head.keys()] }, /* @__PURE__ */ new Map(), (job, text) => {
      const other = job.side === "base" ? "head" : "base";
      const asked = job.shared ? [demands[job.side].get(job.path), demands[other].get(job.path)] : [demands[job.side].get(job.path)];
      const demand = asked.reduce((a, d) => d === void 0 ? a : mergeDemand(a, d), void 0);
      if (demand === void 0 || demand === "all" || mayAnswer(demand, text)) return true;
      for (const side3 of job.shared ? [job.side, other] : [job.side]) {
        const files = this.side(side3);
        const refused = files.cannotGive.get(job.path) ?? /* @__PURE__ */ new Set();
        for (const name of demand) refused.add(name);
        files.cannotGive.set(job.path, refused);
      }
      return false;
    });
    this.extractor.close();
    for (const side3 of [this.base, this.head]) side3.model.summaries.forgetIncomplete();
    return this.base.loadedSize + this.head.loadedSize - before;
  }
  /** Forgets what was asked for and not loaded: the analysis goes on without it. */
  forgetWanted() {
    for (const side3 of [this.base, this.head]) {
      side3.wanted.clear();
      for (const [name, sought] of side3.interfaces) if (!sought) side3.interfaces.set(name, true);
    }
  }
  /**
   * Reads and parses the files; `keep` may turn a file down by its text before it is parsed
   * (it stays unloaded, so a later request can load it).
   */
  async loadBatch(paths, failures, keep) {
    const jobs = [];
    const sharedClaimed = /* @__PURE__ */ new Set();
    for (const side3 of ["base", "head"]) {
      const files = this.side(side3);
      for (const path5 of paths[side3]) {
        if (files.loaded.has(path5) || !files.files.has(path5)) continue;
        files.loaded.set(path5, null);
        const shared = !this.changedPaths.has(path5) && this.base.files.has(path5) && this.head.files.has(path5);
        if (shared && sharedClaimed.has(path5)) continue;
        if (shared) sharedClaimed.add(path5);
        jobs.push({ side: side3, path: path5, shared });
      }
    }
    if (jobs.length === 0) return;
    await this.loadConfigs(jobs.map((j) => j.path));
    const reads = jobs.map((j) => this.blobs.read(this.side(j.side).rev, j.path));
    const useWorker = this.extractor.useWorkerFor(jobs.length);
    const inFlight = [];
    for (let start = 0, chunk = 0; start < jobs.length; start += CHUNK, chunk++) {
      const chunkJobs = jobs.slice(start, start + CHUNK);
      const blobs = await Promise.all(reads.slice(start, start + CHUNK));
      reads.fill(void 0, start, start + CHUNK);
      const sources = [];
      const sourceJobs = [];
      blobs.forEach((blob, i) => {
        const job = chunkJobs[i];
        if (!blob) return;
        if (blob.kind === "binary") failures.set(job.path, "binary file");
        else if (blob.kind === "not-utf8") failures.set(job.path, "not UTF-8 text");
        else if (blob.kind === "too-large") failures.set(job.path, `too large to analyze (${(blob.bytes / 1e6).toFixed(1)} MB)`);
        else if (keep && !keep(job, blob.text)) {
          this.side(job.side).loaded.delete(job.path);
          if (job.shared) this.side(job.side === "base" ? "head" : "base").loaded.delete(job.path);
        } else {
          const cached = this.options.cache?.get(blob.oid, job.path);
          if (cached) return this.store(job, { ok: true, facts: this.extractor.adopt(cached) }, failures);
          sources.push({ path: job.path, text: blob.text });
          sourceJobs.push({ ...job, oid: blob.oid });
        }
      });
      const store = (results) => results.forEach((r, i) => {
        const job = sourceJobs[i];
        this.store(job, r, failures);
        if (r.ok && job.oid) this.options.cache?.put(job.oid, job.path, r.facts);
      });
      if (useWorker && chunk % 2 === 1) inFlight.push(this.extractor.inWorker(sources).then(store));
      else store(sources.map((src) => this.extractor.extract(src)));
    }
    await Promise.all(inFlight);
  }
  store(job, result, failures) {
    if (!result.ok) {
      const prefix2 = job.side === "base" && this.changedPaths.has(job.path) && !result.internal ? "base version: " : "";
      if (!failures.has(job.path)) failures.set(job.path, prefix2 + result.reason);
      if (result.internal) this.internalErrors.set(job.path, result.internal);
      return;
    }
    this.side(job.side).loaded.set(job.path, result.facts);
    if (job.shared) this.side(job.side === "base" ? "head" : "base").loaded.set(job.path, result.facts);
  }
  /**
   * Of these files (not loaded yet), given the import specifiers their import lines name, those
   * with one that resolves to one of `targets`: callers are found without reading, let alone
   * parsing, every file that mentions a name.
   */
  async filterImporters(side3, specifiers, targets) {
    const files = this.side(side3);
    await this.loadConfigs([...specifiers.keys()]);
    const out = [];
    for (const [path5, specs] of specifiers) {
      if (specs.some((spec) => targets.has(files.model.resolveModule(path5, spec) ?? ""))) out.push(path5);
    }
    return out;
  }
  /** The import specifiers in the texts of these files (read, not parsed). */
  async importSpecifiersIn(side3, paths) {
    const files = this.side(side3);
    const blobs = await Promise.all(paths.map((p) => this.blobs.read(files.rev, p)));
    const out = /* @__PURE__ */ new Map();
    paths.forEach((path5, i) => {
      const blob = blobs[i];
      if (blob?.kind === "text") out.set(path5, importSpecifiers(blob.text));
    });
    return out;
  }
  /**
   * The config files module resolution may read for these files (tsconfig/jsconfig above them,
   * the package manifests and workspace files of the revision, the configs they extend), read in
   * one batch for both sides; a further batch only for `extends` targets not met before.
   */
  async loadConfigs(paths) {
    const wanted = /* @__PURE__ */ new Map();
    for (const side3 of [this.base, this.head]) wanted.set(side3, side3.model.resolver.configFilesFor(paths, (p) => side3.configTexts.has(p)));
    for (let round = 0; round < MAX_CONFIG_ROUNDS && [...wanted.values()].some((w) => w.length > 0); round++) {
      const reads = [];
      for (const [side3, list] of wanted) {
        for (const path5 of list) {
          side3.configTexts.set(path5, void 0);
          reads.push(
            this.blobs.read(side3.rev, path5).then((blob) => {
              side3.configTexts.set(path5, blob?.kind === "text" ? blob.text : void 0);
            })
          );
        }
      }
      await Promise.all(reads);
      for (const [side3, list] of wanted) {
        if (!side3.yaml && list.some((p) => p.endsWith(".yaml"))) side3.yaml = (await import("yaml")).parse;
        if (list.length) side3.model.resolver.configsChanged(list);
        wanted.set(side3, side3.model.resolver.extendsOf(list, (p) => side3.configTexts.has(p)));
      }
    }
  }
  close() {
    this.extractor.close();
  }
};
function mayAnswer(names, text) {
  if (/\bexport\s*(\*|=)|\bmodule\.exports\b|\bexports\.|\bexport\s+(?:declare\s+)?(?:const|let|var)\s*[{[]/.test(text)) return true;
  const exported = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(EXPORTED_DECLARATION)) {
    if (m[1]) exported.add(m[1]);
    if (/^export\s+(?:declare\s+)?default\b/.test(m[0])) exported.add("default");
  }
  for (const m of text.matchAll(EXPORT_LIST)) for (const part of m[1].split(",")) exported.add(part.trim().split(/\s+as\s+/).pop().replace(/^type\s+/, ""));
  for (const name of names) if (exported.has(name)) return true;
  return false;
}
var EXPORTED_DECLARATION = /\bexport\s+(?:declare\s+)?(?:default\s+(?!(?:abstract\s+|async\s+)?(?:class|function)\b))?(?:default\s+)?(?:(?:abstract|async)\s+)?(?:(?:class|function\*?|const\s+enum|const|let|var|enum|interface|type|namespace|module|import)\s+([\w$]+))?/g;
var EXPORT_LIST = /\bexport\s+(?:type\s+)?\{([^}]*)\}/g;
var IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"\n]+)['"]|\bimport\s*\(?\s*['"]([^'"\n]+)['"]|\brequire\s*\(\s*['"]([^'"\n]+)['"]/g;
function importSpecifiers(text) {
  const out = [];
  for (const m of text.matchAll(IMPORT_SPECIFIER)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

// src/model/importers.ts
var SOURCE_GLOBS = ["*.ts", "*.tsx", "*.mts", "*.cts", "*.js", "*.jsx", "*.mjs", "*.cjs"];
var MAX_IMPORTERS = 400;
var IMPORTER_DEPTH = 3;
var MAX_CANDIDATES = 5e3;
var MAX_IMPORT_LINE = 1e3;
var MAX_LINE_SEARCH_NEEDLES = 100;
function searchImporters(repo, revs, targets, signal) {
  const needles = /* @__PURE__ */ new Set();
  for (const t of targets) {
    const stem = searchableStem(t);
    if (stem === void 0) continue;
    for (const q of [`'`, `"`, "."]) needles.add(`/${stem}${q}`);
    needles.add(`'${stem}'`).add(`"${stem}"`);
    if (/(^|\/)index\.[^/]+$/.test(t)) needles.add(`/${stem}/index`);
  }
  const opts = signal ? { signal } : {};
  if (needles.size <= MAX_LINE_SEARCH_NEEDLES) return grepLines(repo, revs.head, [...needles], SOURCE_GLOBS, opts).then((lines) => ({ lines }));
  return grepFiles(repo, revs.head, [...needles], SOURCE_GLOBS, opts).then((files) => ({ files }));
}
async function findImporters(repo, revs, workspace, focus, isInScope, firstSearch, firstSearchAbort, budget) {
  let targets = new Set(focus.filter((f) => f.status !== "deleted" && f.status !== "added" && (ioChanged(workspace, f) || exportedConstantsChanged(workspace, f))).map((f) => f.path));
  if (targets.size === 0) {
    firstSearchAbort.abort();
    return [];
  }
  const focusPaths = new Set(focus.map((f) => f.path));
  const found2 = [];
  const isFound = /* @__PURE__ */ new Set();
  const candidate = (path5) => !focusPaths.has(path5) && !isFound.has(path5) && workspace.base.files.has(path5) && isInScope(path5);
  for (let level = 0; level < IMPORTER_DEPTH && targets.size > 0 && found2.length < MAX_IMPORTERS; level++) {
    const search = await (level === 0 ? firstSearch : searchImporters(repo, revs, targets));
    const specifiers = "lines" in search ? specifiersOnLines(search.lines, candidate) : await workspace.importSpecifiersIn("head", search.files.filter(candidate));
    const stems = stemsOf(targets);
    const candidates = /* @__PURE__ */ new Map();
    for (const [path5, specs] of specifiers) {
      const naming = specs.filter((spec) => namesStem(spec, stems));
      if (naming.length === 0) continue;
      if (candidates.size === MAX_CANDIDATES) {
        budget.capped = true;
        break;
      }
      candidates.set(path5, naming);
    }
    if (candidates.size === 0) break;
    const importers = await workspace.filterImporters("head", candidates, targets);
    if (importers.length) await workspace.load({ base: importers, head: importers });
    const room = importers.slice(0, MAX_IMPORTERS - found2.length);
    if (room.length < importers.length) budget.capped = true;
    room.forEach((p) => isFound.add(p));
    found2.push(...room);
    targets = new Set(room);
  }
  return found2;
}
function specifiersOnLines(lines, wanted) {
  const out = /* @__PURE__ */ new Map();
  for (const line of lines) {
    if (line.text.length > MAX_IMPORT_LINE) continue;
    const known = out.get(line.path);
    if (known) known.push(...importSpecifiers(line.text));
    else if (wanted(line.path)) out.set(line.path, importSpecifiers(line.text));
  }
  return out;
}
function stemsOf(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const stem = searchableStem(p);
    if (stem !== void 0) out.add(stem);
  }
  return out;
}
function searchableStem(path5) {
  const stem = moduleStem(path5);
  return stem.length >= 2 ? stem : void 0;
}
function namesStem(spec, stems) {
  const path5 = spec.replace(/\/index(\.[\w.]+)?$/, "");
  const last = path5.slice(path5.lastIndexOf("/") + 1);
  for (let dot = last.indexOf("."); dot > 0; dot = last.indexOf(".", dot + 1)) if (stems.has(last.slice(0, dot))) return true;
  return stems.has(last);
}
function moduleStem(path5) {
  const file = path5.slice(path5.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
  return file === "index" ? path5.split("/").slice(-2, -1)[0] ?? file : file;
}
function exportedConstantsChanged(workspace, file) {
  const exported = (files, path5) => {
    const facts = files.facts(path5);
    if (!facts) return "";
    const out = [];
    for (const [name, local] of Object.entries(facts.exportLocals)) {
      const val = own(facts.constants, local);
      if (val) out.push(`${name}=${JSON.stringify(val, (k, v) => k === "line" ? void 0 : v)}`);
    }
    return out.sort().join("\n");
  };
  return exported(workspace.base, file.oldPath ?? file.path) !== exported(workspace.head, file.path);
}
function ioChanged(workspace, file) {
  const signature = (files, path5) => {
    const summaries = files.model.summaries;
    const out = [];
    for (const fn of files.facts(path5)?.functions ?? []) {
      for (const p of summaries.of(path5, fn.id)) out.push(`${fn.id}|${p.effect.key}|${formatMultiplicity(multiplicityOf(p.loops))}`);
    }
    return out.sort().join("\n");
  };
  return signature(workspace.base, file.oldPath ?? file.path) !== signature(workspace.head, file.path);
}

// src/origin/catalog.ts
function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function email(agent, address, strength, note) {
  const pattern = new RegExp(`(?:^|[<\\s])${escapeRe(address)}(?:>|\\s*$)`, "i");
  return note === void 0 ? { agent, kind: "identity", pattern, strength } : { agent, kind: "identity", pattern, strength, note };
}
function githubBot(agent, login, id) {
  const noreply = "@users\\.noreply\\.github\\.com";
  const alts = [`(?:^|[<\\s])(?:\\d+\\+)?${escapeRe(login)}${noreply}>?`];
  if (id !== void 0) alts.push(`(?:^|[<\\s])${id}\\+[^@<>\\s]+${noreply}>?`);
  if (login.endsWith("[bot]")) alts.push(`^\\s*${escapeRe(login)}\\s*(?:<|$)`);
  return { agent, kind: "identity", pattern: new RegExp(alts.join("|"), "i"), strength: "H" };
}
function re(source) {
  return new RegExp(source, "iu");
}
var SIGNAL_CATALOG = [
  // Claude Code (CLI / IDE) and the Claude GitHub app
  email("Claude Code", "noreply@anthropic.com", "H"),
  { agent: "Claude Code", kind: "message", pattern: re("^(?:\u{1F916}\\s*Generated with \\[?Claude Code\\b|Generated with \\[Claude Code\\]\\()"), strength: "M" },
  { agent: "Claude Code", kind: "trailer", pattern: re("^Claude-(?:Session|Workflow)\\s*:"), strength: "M" },
  githubBot("Claude (GitHub app)", "claude[bot]", 209825114),
  githubBot("Claude (GitHub app)", "claude-code-action[bot]", 208546643),
  githubBot("Claude (GitHub app)", "anthropic-claude[bot]", 215619710),
  { agent: "Claude (GitHub app)", kind: "branch", pattern: re("^claude/"), strength: "L" },
  // GitHub Copilot: coding agent, CLI, chat
  githubBot("GitHub Copilot coding agent", "copilot-swe-agent[bot]", 198982749),
  githubBot("GitHub Copilot CLI", "Copilot", 223556219),
  githubBot("GitHub Copilot", "Copilot", 175728472),
  githubBot("GitHub Copilot chat", "copilot[bot]", 167198135),
  email("GitHub Copilot (VS Code)", "copilot@github.com", "M", "opt-in in VS Code"),
  { agent: "GitHub Copilot CLI", kind: "trailer", pattern: re("^Copilot-Session\\s*:"), strength: "M" },
  { agent: "GitHub Copilot coding agent", kind: "trailer", pattern: re("^Agent-Logs-Url\\s*:"), strength: "M", note: "observed, unconfirmed" },
  { agent: "GitHub Copilot coding agent", kind: "branch", pattern: re("^copilot/"), strength: "L" },
  // Cursor: IDE agent, cloud agent, Bugbot
  email("Cursor", "cursoragent@cursor.com", "H"),
  email("Cursor", "sos@cursor.sh", "H", "legacy cursor-ai identity"),
  { agent: "Cursor", kind: "identity", pattern: re("^\\s*Cursor Agent\\s*(?:<|$)"), strength: "M" },
  githubBot("Cursor Bugbot", "cursor[bot]", 206951365),
  { agent: "Cursor", kind: "message", pattern: re("^Made-with:\\s*Cursor\\s*$"), strength: "M", note: "observed, unconfirmed" },
  { agent: "Cursor", kind: "branch", pattern: re("^cursor/"), strength: "L" },
  { agent: "Cursor", kind: "pull-request", pattern: re("cursor\\.com/(?:agents/bc-|background-agent\\?bcId=)"), strength: "L", note: "cloud agent PR footer links" },
  // aider
  { agent: "aider", kind: "identity", pattern: re("\\S\\s\\(aider\\)\\s*(?:<|$)"), strength: "H", note: "default ` (aider)` suffix on author/committer names" },
  email("aider", "noreply@aider.chat", "H"),
  email("aider", "noreply@aider.dev", "H", "address of the original PR"),
  { agent: "aider", kind: "identity", pattern: re("^\\s*aider \\([^)]*\\)\\s*(?:<|$)"), strength: "M", note: "`aider (<model>)` co-author name" },
  { agent: "aider", kind: "subject", pattern: re("^aider:\\s"), strength: "M", note: "--attribute-commit-message-author" },
  // Devin
  githubBot("Devin", "devin-ai-integration[bot]", 158243242),
  { agent: "Devin", kind: "branch", pattern: re("^devin/\\d+-"), strength: "L" },
  { agent: "Devin", kind: "pull-request", pattern: re("app\\.devin\\.ai/sessions/"), strength: "L", note: '"Link to Devin run" line' },
  // OpenAI Codex: CLI and cloud
  email("OpenAI Codex", "noreply@openai.com", "H"),
  email("OpenAI Codex", "codex@example.com", "M", "placeholder identity of some installs"),
  githubBot("OpenAI Codex", "chatgpt-codex-connector[bot]", 199175422),
  githubBot("OpenAI Codex", "openai-codex[bot]", 215057067),
  { agent: "OpenAI Codex", kind: "branch", pattern: re("^codex/"), strength: "L", note: "widely used; vendor default unconfirmed" },
  { agent: "OpenAI Codex", kind: "pull-request", pattern: re("chatgpt\\.com/codex/tasks/"), strength: "L", note: '"Codex Task" link' },
  // Google: Jules (the app only: "Jules" alone is a human name), Gemini
  githubBot("Google Jules", "google-labs-jules[bot]"),
  githubBot("Gemini Code Assist", "gemini-code-assist[bot]", 176961590),
  { agent: "Gemini CLI", kind: "co-author", pattern: re("^\\s*Gemini\\b"), strength: "M", note: "added by hand; no built-in trailer" },
  // Amazon Q Developer
  githubBot("Amazon Q Developer", "amazon-q-developer[bot]", 208079219),
  githubBot("Amazon Q Developer", "amazonq[bot]"),
  { agent: "Amazon Q Developer", kind: "co-author", pattern: re("^\\s*Amazon Q\\b"), strength: "M", note: "added by hand, e.g. `Amazon Q Developer <noreply@aws.amazon.com>`; no built-in trailer" },
  // Windsurf (Codeium): nothing confirmed, the names/addresses detectors use
  { agent: "Windsurf", kind: "co-author", pattern: re("^\\s*Windsurf\\b"), strength: "M" },
  email("Windsurf", "windsurf@codeium.com", "M", "unconfirmed"),
  email("Windsurf", "noreply@codeium.com", "M", "unconfirmed"),
  // OpenHands: by name, since All Hands staff share the domain
  { agent: "OpenHands", kind: "identity", pattern: re("^\\s*openhands\\s*(?:<|$)"), strength: "H" },
  // Others
  githubBot("Cline", "cline[bot]", 205137888),
  email("Cline", "noreply@cline.bot", "H", "the `Co-Authored-By: Cline <noreply@cline.bot>` its commit prompt asked for"),
  { agent: "Cline", kind: "message", pattern: re("^\u{1F916}\\s*Generated with \\[Cline\\]"), strength: "M" },
  githubBot("Sweep", "sweep-ai[bot]", 128439645),
  email("Amp", "amp@ampcode.com", "H"),
  { agent: "Amp", kind: "trailer", pattern: re("^Amp-Thread(?:-ID)?\\s*:"), strength: "M" },
  email("OpenCode", "noreply@opencode.ai", "H"),
  githubBot("Factory Droid", "factory-droid[bot]"),
  { agent: "Replit Agent", kind: "trailer", pattern: re("^Replit-Commit-Author\\s*:\\s*(?:Agent|Assistant)\\b"), strength: "M" },
  { agent: "Replit Agent", kind: "trailer", pattern: re("^Replit-Commit-Session-Id\\s*:"), strength: "M" },
  { agent: "Entire.io", kind: "trailer", pattern: re("^Entire-[A-Za-z0-9-]+\\s*:"), strength: "M" },
  { agent: "Codebuff", kind: "message", pattern: re("^(?:\u{1F916}\\s*)?Generated with Codebuff\\b"), strength: "M" },
  githubBot("CodeRabbit", "coderabbitai[bot]", 136622811),
  // Disclosure conventions (kernel, ASF, Fedora, FluxCD): the value names the tool
  { agent: "declared (Assisted-by)", kind: "trailer", pattern: re("^Assisted-by\\s*:\\s*\\S"), strength: "M" },
  { agent: "declared (Generated-by)", kind: "trailer", pattern: re("^Generated-by\\s*:\\s*\\S"), strength: "M" },
  // Generic tool stamp, e.g. `🤖 Generated with [opencode](https://opencode.ai)`: last, so a
  // known tool's own entry names it first
  { agent: "unknown tool (\u{1F916} stamp)", kind: "message", pattern: re("^\u{1F916}\\s*Generated with \\[[^\\]]+\\]\\(https?://"), strength: "M" }
];

// src/origin/gitai.ts
var ENTRY = /^\s+([0-9a-f]{7}|[0-9a-f]{16})\s+(\S+)\s*$/i;
var RANGE = /^(\d+)(?:-(\d+))?$/;
function countRanges(ranges) {
  let total = 0;
  for (const part of ranges.split(",")) {
    const m = RANGE.exec(part);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] === void 0 ? from : Number(m[2]);
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 1 || to < from) return null;
    total += to - from + 1;
  }
  return total;
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function nonEmptyString(v) {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
}
function parseGitAiNote(text) {
  if (!text) return null;
  const lines = text.split(/\r?\n/);
  const sep2 = lines.findIndex((l) => l.trimEnd() === "---");
  if (sep2 < 0) return null;
  let meta;
  try {
    meta = JSON.parse(lines.slice(sep2 + 1).join("\n"));
  } catch {
    return null;
  }
  if (!isRecord(meta)) return null;
  const schemaVersion = nonEmptyString(meta["schema_version"]);
  if (!schemaVersion || !schemaVersion.startsWith("authorship/")) return null;
  let files = 0;
  let attestedLines = 0;
  let inFile = false;
  let fileCounted = false;
  for (const line of lines.slice(0, sep2)) {
    if (line.trim() === "") continue;
    if (!/^\s/.test(line)) {
      inFile = true;
      fileCounted = false;
      continue;
    }
    if (!inFile) continue;
    const m = ENTRY.exec(line);
    const n = m ? countRanges(m[2]) : null;
    if (n === null) continue;
    attestedLines += n;
    if (!fileCounted) {
      files++;
      fileCounted = true;
    }
  }
  const agents = [];
  let acceptedLines = 0;
  const prompts = meta["prompts"];
  if (isRecord(prompts)) {
    for (const prompt of Object.values(prompts)) {
      if (!isRecord(prompt)) continue;
      const accepted = prompt["accepted_lines"];
      if (typeof accepted === "number" && Number.isFinite(accepted) && accepted > 0) acceptedLines += accepted;
      const agentId = prompt["agent_id"];
      const tool = isRecord(agentId) ? nonEmptyString(agentId["tool"]) : void 0;
      if (!tool || !isRecord(agentId)) continue;
      const model = nonEmptyString(agentId["model"]);
      if (agents.some((a) => a.tool === tool && a.model === model)) continue;
      agents.push(model === void 0 ? { tool } : { tool, model });
    }
  }
  return { schemaVersion, files, attestedLines, agents, acceptedLines };
}
function describeGitAiNote(note) {
  if (note.attestedLines === 0 && note.acceptedLines === 0) return null;
  const who = note.agents.map((a) => a.model ? `${a.tool} (${a.model})` : a.tool).join(", ");
  const what = note.attestedLines > 0 ? `${note.attestedLines} AI-attested line${note.attestedLines === 1 ? "" : "s"} in ${note.files} file${note.files === 1 ? "" : "s"}` : `${note.acceptedLines} accepted AI line${note.acceptedLines === 1 ? "" : "s"}`;
  return `git-ai note (${note.schemaVersion}): ${what}${who ? `; ${who}` : ""}`;
}

// src/origin/message.ts
var TRAILER_LINE = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;
var GIT_GENERATED_PREFIXES = ["signed-off-by: ", "(cherry picked from commit "];
function splitLines(text) {
  return text ? text.split(/\r?\n/) : [];
}
function parseTrailerBlock(body) {
  const lines = splitLines(body).map((l) => l.replace(/\s+$/, ""));
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let start = lines.length;
  while (start > 0 && lines[start - 1] !== "") start--;
  const paragraph = lines.slice(start);
  if (paragraph.length === 0) return [];
  const trailers = [];
  let trailerLines = 0;
  let nonTrailer = 0;
  let recognized = false;
  let lastWasTrailer = false;
  for (const line of paragraph) {
    if (/^[ \t]/.test(line)) {
      const prev = trailers[trailers.length - 1];
      if (lastWasTrailer && prev) {
        prev.value = `${prev.value} ${line.trim()}`.trim();
        prev.line = `${prev.line} ${line.trim()}`;
      }
      continue;
    }
    const lower = line.toLowerCase();
    const gitGenerated = GIT_GENERATED_PREFIXES.some((p) => lower.startsWith(p));
    if (gitGenerated) recognized = true;
    const m = TRAILER_LINE.exec(line);
    if (m) trailers.push({ key: m[1], value: m[2].trim(), line: line.trim() });
    if (m || gitGenerated) trailerLines++;
    else nonTrailer++;
    lastWasTrailer = m !== null;
  }
  if (trailers.length === 0) return [];
  if (nonTrailer === 0 || recognized && trailerLines * 3 >= nonTrailer) return trailers;
  return [];
}

// src/origin/signals.ts
var MAX_DETAIL = 200;
var IDENTITY_TRAILERS = /* @__PURE__ */ new Set(["co-authored-by", "signed-off-by"]);
var STRENGTH_RANK = { H: 0, M: 1, L: 2 };
function quote(text) {
  const t = text.trim();
  return t.length <= MAX_DETAIL ? t : `${t.slice(0, MAX_DETAIL - 1)}\u2026`;
}
function identity(name, email2) {
  const n = (name ?? "").trim();
  const e = (email2 ?? "").trim();
  if (n && e) return `${n} <${e}>`;
  return n || (e ? `<${e}>` : "");
}
function firstEntry(texts) {
  for (const entry of SIGNAL_CATALOG) {
    const text = texts[entry.kind];
    if (text !== void 0 && entry.pattern.test(text)) return entry;
  }
  return void 0;
}
var compiled = /* @__PURE__ */ new Map();
function compile2(source) {
  let re2 = compiled.get(source);
  if (re2 === void 0) {
    try {
      re2 = new RegExp(source, "i");
    } catch {
      re2 = null;
    }
    compiled.set(source, re2);
  }
  return re2;
}
function usablePatterns(ctx) {
  const out = [];
  for (const p of ctx?.extraPatterns ?? []) {
    if (!p || typeof p.pattern !== "string") continue;
    const re2 = compile2(p.pattern);
    if (re2) out.push({ p, re: re2 });
  }
  return out;
}
var Collector = class {
  constructor(extra) {
    this.extra = extra;
  }
  extra;
  matches = [];
  seen = /* @__PURE__ */ new Set();
  matchedTexts = /* @__PURE__ */ new Set();
  add(signal, detail, agent, strength) {
    const d = quote(detail);
    const key = `${signal}\0${d}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.matches.push({ signal, detail: d, agent, strength });
  }
  /** Catalog first; a config pattern only where the catalog found nothing. */
  scan(signal, detail, texts, configKind, configText, downgrade = false) {
    const entry = firstEntry(texts);
    if (entry) {
      this.add(signal, detail, entry.agent, downgrade ? "L" : entry.strength);
      this.matchedTexts.add(configText);
      return;
    }
    if (configKind === "message" && this.matchedTexts.has(configText)) return;
    for (const { p, re: re2 } of this.extra) {
      if (p.signal !== configKind || !re2.test(configText)) continue;
      const what = p.label?.trim() || `/${p.pattern}/i`;
      const strength = downgrade || configKind === "branch" ? "L" : "M";
      this.add("config", `${configKind} matched ${what}: ${quote(configText)}`, what, strength);
      this.matchedTexts.add(configText);
      return;
    }
  }
};
function scanCommit(commit, col) {
  const trailers = parseTrailerBlock(commit.body);
  const known = new Set(trailers.map((t) => `${t.key.toLowerCase()}\0${t.value}`));
  for (const t of commit.trailers ?? []) {
    if (!t || typeof t.key !== "string" || typeof t.value !== "string") continue;
    const value = t.value.trim();
    const k = `${t.key.toLowerCase()}\0${value}`;
    if (known.has(k)) continue;
    known.add(k);
    trailers.push({ key: t.key, value, line: `${t.key}: ${value}` });
  }
  for (const t of trailers) {
    const key = t.key.toLowerCase();
    const text = `${t.key}: ${t.value}`;
    const texts = { trailer: text };
    if (IDENTITY_TRAILERS.has(key)) texts.identity = t.value;
    if (key === "co-authored-by") texts["co-author"] = t.value;
    col.scan("trailer", t.line, texts, "trailer", text);
  }
  for (const [signal, id] of [
    ["author", identity(commit.authorName, commit.authorEmail)],
    ["committer", identity(commit.committerName, commit.committerEmail)]
  ]) {
    if (id) col.scan(signal, id, { identity: id }, signal, id);
  }
  const subject = (commit.subject ?? "").trim();
  if (subject) col.scan("message", subject, { subject }, "message", subject);
  for (const raw of splitLines(commit.body)) {
    const line = raw.trim();
    if (line) col.scan("message", line, { message: line }, "message", line);
  }
  const note = parseGitAiNote(commit.notes);
  const noteDetail = note ? describeGitAiNote(note) : null;
  if (note && noteDetail) {
    col.add("note", noteDetail, note.agents.map((a) => a.tool).join(", ") || "git-ai", "H");
  }
}
function scanContext(ctx, col) {
  const branch = (ctx?.headBranch ?? "").trim().replace(/^refs\/heads\//, "");
  if (branch) col.scan("branch", branch, { branch }, "branch", branch);
  for (const raw of splitLines(ctx?.pullRequestBody)) {
    const line = raw.trim();
    if (line) col.scan("pull-request", line, { "pull-request": line, message: line }, "message", line, true);
  }
}
function sortByStrength(matches) {
  return matches.map((m, i) => ({ m, i })).sort((a, b) => STRENGTH_RANK[a.m.strength] - STRENGTH_RANK[b.m.strength] || a.i - b.i).map(({ m }) => m);
}
function toResult(matches) {
  return {
    origin: matches.length > 0 ? "ai-assisted" : "human",
    evidence: matches.map(({ signal, detail }) => ({ signal, detail }))
  };
}
function classifyCommits(commits, ctx) {
  const extra = usablePatterns(ctx);
  const contextCol = new Collector(extra);
  scanContext(ctx, contextCol);
  return commits.map((commit) => {
    const col = new Collector(extra);
    scanCommit(commit, col);
    for (const m of contextCol.matches) col.add(m.signal, m.detail, m.agent, m.strength);
    return { sha: commit.sha, subject: commit.subject, ...toResult(sortByStrength(col.matches)) };
  });
}
function combinedOrigin(commits) {
  if (commits.length === 0) return "none";
  const ai = commits.filter((c) => c.origin === "ai-assisted").length;
  if (ai === commits.length) return "ai-assisted";
  return ai === 0 ? "human" : "mixed";
}

// src/rule.ts
var DOCS_BASE = "https://github.com/opsdiff/opsdiff/blob/main/docs/rules.md#rule-";
function defineRule(rule) {
  return rule;
}
function optionsOf(rule, given) {
  return { ...rule.options?.defaults ?? {}, ...given ?? {} };
}
function ruleMeta(rule) {
  return { id: rule.id, category: rule.category, severity: rule.severity, ...rule.docs, helpUri: DOCS_BASE + rule.id };
}
function renderMessage(template, data) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => data[name] ?? `{{${name}}}`);
}

// src/types.ts
var SEVERITY_RANK = { none: 0, low: 1, medium: 2, high: 3 };
var LEFT_OUT = "left out: ";
function isLeftOut(file) {
  return file.reason.startsWith(LEFT_OUT);
}

// rules/io-in-loop.ts
var io_in_loop_default = defineRule({
  id: "io-in-loop",
  category: "fan-out",
  severity: "high",
  docs: {
    summary: "A cache, database, network or queue call now runs more times per invocation than before.",
    why: "Per-item round trips scale with production data, not with what tests use: a 60-item cart makes 60 Redis reads, latency adds up and connection pools run dry.",
    fix: "Fetch once before the loop (or use the batch form: mget, findMany with in, createMany, addBulk) and look items up in memory; if per-item calls are intended, bound their concurrency.",
    notFor: [
      "Loops that exist to repeat I/O: pagination by cursor or page, polling with a sleep, retry loops.",
      "In-memory structures (Map, lru-cache) read in a loop.",
      "I/O made only when something failed (in a `catch` block or a `.catch()` handler, directly or through a helper): it runs per failure, not per item.",
      "A call that moved out of a loop, or a helper that is still called once.",
      "A call rewritten as another operation of the same client, in the same function, that runs no more often (`redis.get` per key -> `redis.hget` per key).",
      'Small literal lists (`for (const region of ["eu", "us"])`) are reported at low severity only; so is a page-fill loop with a stated bound (`for (let i = 0; i < MAX_FETCHES; i++)` that follows a cursor), as up to that many calls, and a loop over a list the code cuts to a stated size (`ids.slice(0, MAX_IDS)`), at any size.',
      "An existing per-item pipeline that the change calls once more, from a new function or outside any loop: when the loop and every call from it down to the I/O are unchanged, the change added no factor.",
      "A call added to a loop that already made I/O as often (one more Redis command beside the delete each item had) is reported at low severity: the loop costs one more round trip per item, its shape is the same.",
      "A call made for keys missing from a cache that the code fills (`if (!this.byId.has(id))`, `ids.filter((id) => !cache.has(id))`), or in a promise nobody waits for (`refresh().catch(log)`, `void send()`), is reported at low severity: it runs once per key not yet cached, or in the background beside the caller.",
      "Loops over the chunks of a collection (`for (const part of chunk(ids, 500))`, a counter stepping by a batch size): one batch call per chunk is not N+1."
    ]
  },
  messages: {
    grew: "`{{callee}}` ({{kind}}) now runs {{after}} in `{{entry}}` (was {{before}}){{damped}}{{also}}.",
    newInLoop: "New `{{callee}}` ({{kind}}) call runs {{after}} in `{{entry}}`{{damped}}{{also}}.",
    addedBeside: "New `{{callee}}` ({{kind}}) call runs {{after}} in `{{entry}}`, beside `{{existing}}` that the loop already made as often{{damped}}{{also}}.",
    batchReplaced: "Batched `{{batch}}` was replaced by `{{callee}}` ({{kind}}), which runs {{after}} in `{{entry}}`{{damped}}{{also}}."
  },
  options: {
    defaults: { smallLoop: 10 },
    schema: { smallLoop: { type: "integer", minimum: 1, description: "A loop over a literal list of up to this many items is a small bounded loop (low severity)." } }
  },
  check(changeView, options2) {
    const view = { ...changeView, smallLoop: options2.smallLoop };
    const judgedByCallers = calledFromPairedEntries(view);
    const entries = view.entries.filter((e) => e.base || !e.head || !judgedByCallers.has(`${e.head.file}\0${e.head.fnId}`));
    return oneFindingPerSite(oneFindingPerCause(entries.flatMap((entry) => checkEntry(entry, view))));
  }
});
function calledFromPairedEntries(view) {
  const out = /* @__PURE__ */ new Set();
  for (const e of view.entries) {
    if (!e.base || !e.head) continue;
    for (const p of [...e.headPaths, ...e.headAlternates ?? []]) {
      p.steps.forEach((step, i) => out.add(`${p.steps[i + 1]?.file ?? p.file}\0${step.targetId}`));
    }
  }
  return out;
}
function checkEntry(entry, view) {
  if (!entry.head) return [];
  const findings = [];
  const add = (f, path5) => {
    if (f) findings.push({ f, path: path5 });
  };
  const base = groupByKey([...entry.basePaths, ...entry.baseAlternates ?? []].filter((p) => !p.onError));
  const head = groupByKey([...entry.headPaths, ...entry.headAlternates ?? []].filter((p) => !p.onError));
  const consumedBatches = /* @__PURE__ */ new Set();
  for (const [key, headList] of head) {
    const claim = (h) => {
      if (runsOnce(h)) return false;
      const replaced = replacedBatch(h, base, head, consumedBatches);
      if (!replaced) return false;
      consumedBatches.add(replaced.path);
      add(finding(entry, "batchReplaced", replaced, h, view, { batch: replaced.path.effect.key }), h.path);
      return true;
    };
    for (const { head: h, base: b } of pairRoutes(base.get(key) ?? [], headList, claim)) {
      if (b) add(compare(entry, b, h, view), h.path);
      else if (isNew(h, base, head, view)) {
        const beside = besideExisting(h, base);
        const f = finding(entry, beside ? "addedBeside" : "newInLoop", null, h, view, beside ? { existing: beside.path.effect.key } : {});
        if (beside) f.related.push(located("base", beside.path, `already in the loop: ${beside.path.callText}, ${describeMultiplicity(beside.m)}`));
        add(f, h.path);
      }
    }
  }
  return findings;
}
function runsOnce(s) {
  return s.m.degree === 0 && s.m.constant === 1;
}
function isNew(h, base, head, view) {
  if (runsOnce(h)) return false;
  return !batchesSingles(h, base, head) && !rewrittenInPlace(h, base, head) && !unchangedPipeline(h.path, view);
}
function unchangedPipeline(p, view) {
  if (p.fallbackIn && view.touches(p.fallbackIn.file, p.fallbackIn.span)) return false;
  const factors = multiplicityOf(p.loops).factors;
  const outer = factors[0];
  if (!outer) return false;
  if (factors.some((loop) => view.isChanged("head", loop.file, loop.line))) return false;
  const from = p.steps.findIndex((s) => s.file === outer.file && s.fnId === outer.fnId);
  const below = from < 0 ? p.file === outer.file && p.fnId === outer.fnId ? [] : null : p.steps.slice(from);
  if (!below) return false;
  return below.every((s) => !view.isChanged("head", s.file, s.span.line)) && !view.isChanged("head", p.file, p.span.line);
}
function besideExisting(h, base) {
  const loop = outerLoop(h.path);
  let best;
  for (const list of base.values()) {
    for (const b of list) {
      if (b.path.effect.local || outerLoop(b.path) !== loop || compareMultiplicity(b.m, h.m) < 0) continue;
      if (!best || compareMultiplicity(b.m, best.m) > 0) best = b;
    }
  }
  return best;
}
function batchesSingles(h, base, head) {
  if (!h.path.effect.batch) return false;
  return singlesOf(h.path.effect).some((single) => {
    const before = base.get(single) ?? [];
    const after = head.get(single) ?? [];
    return before.some((b) => compareMultiplicity(b.m, h.m) >= 0) && after.length < before.length;
  });
}
function rewrittenInPlace(h, base, head) {
  const site = h.path;
  const below = [{ file: site.file, fnId: site.fnId }, ...site.steps.slice(1).map((s) => ({ file: s.file, fnId: s.fnId }))];
  for (const fn of below) {
    for (const [key, list] of base) {
      const kept = new Set((head.get(key) ?? []).filter((x) => passesThrough(x.path, fn)).map((x) => siteIdentity(x.path)));
      for (const b of list) {
        if (b.path.effect.label !== site.effect.label || compareMultiplicity(b.m, h.m) < 0 || kept.has(siteIdentity(b.path))) continue;
        if (passesThrough(b.path, fn)) return true;
      }
    }
  }
  return false;
}
function passesThrough(p, fn) {
  return p.fnId === fn.fnId && p.file === fn.file || p.steps.some((s) => s.fnId === fn.fnId && s.file === fn.file);
}
function compare(entry, b, h, view) {
  if (compareMultiplicity(h.m, b.m) > 0) return finding(entry, "grew", b, h, view, {});
  return void 0;
}
function replacedBatch(h, base, head, consumed) {
  for (const [key, list] of base) {
    for (const b of list) {
      if (consumed.has(b.path) || !b.path.effect.batch) continue;
      if (!singlesOf(b.path.effect).includes(h.path.effect.key)) continue;
      const headBatches = (head.get(key) ?? []).filter((x) => x.path.effect.batch).length;
      const baseBatches = list.filter((x) => x.path.effect.batch).length;
      if (headBatches < baseBatches && compareMultiplicity(h.m, b.m) > 0) return b;
    }
  }
  return void 0;
}
function severityOf(messageId, b, h, view) {
  const effect = h.path.effect;
  const smallLoop = view.smallLoop;
  const grewDegree = h.m.degree > (b?.m.degree ?? 0);
  const uncapped = h.m.factors.reduce((n, f) => f.bound === "literal" && !f.capped ? n * Math.max(1, f.count ?? 1) : n, 1);
  const smallOnly = !grewDegree && uncapped <= smallLoop;
  let severity = smallOnly ? "low" : !grewDegree ? "medium" : messageId === "newInLoop" ? "medium" : "high";
  if (messageId === "batchReplaced" && !smallOnly) severity = "high";
  if (messageId === "addedBeside") severity = "low";
  const newFactors = h.m.factors.slice(b?.m.factors.length ?? 0);
  const lower = effect.confidence === "low" || newFactors.some((f) => f.bound === "unknown");
  if (lower) severity = severity === "high" ? "medium" : "low";
  if (effect.local) severity = "low";
  if (h.path.cached || h.path.detached) severity = "low";
  return severity;
}
function finding(entry, messageId, b, h, view, extra) {
  const headEntry = entry.head;
  const entryName = headEntry.fnId;
  const p = h.path;
  const at = pointAt(p, view);
  const related = [];
  for (const loop of h.m.factors) {
    related.push({ side: "head", file: loop.file, line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column, message: `loop: ${loop.header}${loop.parallel ? " (all at once)" : ""}` });
  }
  for (const step of p.steps) {
    if (step.file === at.file && step.span.line === at.span.line) continue;
    related.push({ side: "head", file: step.file, line: step.span.line, column: step.span.column, endLine: step.span.endLine, endColumn: step.span.endColumn, message: `calls ${step.callText}` });
  }
  if (at.file !== p.file || at.span.line !== p.span.line) {
    related.push({ side: "head", file: p.file, line: p.span.line, column: p.span.column, endLine: p.span.endLine, endColumn: p.span.endColumn, message: `the ${p.effect.kind} call: ${p.callText}` });
  }
  if (b) {
    const bp = b.path;
    related.push({ side: "base", file: bp.file, line: bp.span.line, column: bp.span.column, endLine: bp.span.endLine, endColumn: bp.span.endColumn, message: `before: ${bp.callText}, ${describeMultiplicity(b.m)}` });
  }
  return {
    messageId,
    severity: severityOf(messageId, b, h, view),
    data: {
      callee: p.effect.key,
      kind: p.effect.kind,
      entry: entryName,
      after: describeMultiplicity(h.m),
      before: b ? describeMultiplicity(b.m) : "absent",
      also: "",
      damped: h.path.detached ? ", in a promise nobody waits for" : h.path.cached ? ", for keys not yet in its cache" : "",
      ...extra
    },
    at,
    related,
    effect: { kind: p.effect.kind, callee: p.effect.key },
    before: b ? side(entry.base?.fnId ?? entryName, b) : null,
    after: side(entryName, h),
    identity: `${entryName}|${p.effect.key}|${messageId}|${siteIdentity(p)}`
  };
}
function located(side3, p, message) {
  return { side: side3, file: p.file, line: p.span.line, column: p.span.column, endLine: p.span.endLine, endColumn: p.span.endColumn, message };
}
function side(entry, s) {
  const p = s.path;
  return {
    multiplicity: formatMultiplicity(s.m),
    summary: describeMultiplicity(s.m),
    path: [entry, ...p.steps.map((st) => st.targetId), p.effect.key].join(" -> "),
    loops: s.m.factors.map((f) => ({ kind: f.kind, over: f.over, file: f.file, line: f.line, parallel: f.parallel, ...f.concurrency ? { concurrency: f.concurrency } : {} })),
    ...s.m.repeats.length ? { repeats: s.m.repeats.map((r) => ({ kind: r.bound, line: r.line, file: r.file })) } : {},
    site: `${p.file}:${p.span.line}`,
    confidence: p.effect.confidence
  };
}
function pointAt(p, view) {
  const factors = multiplicityOf(p.loops).factors;
  const inLoopOf = (step) => factors.some((loop) => loop.file === step.file && loop.fnId === step.fnId);
  const lostArgument = p.steps.find((step) => inLoopOf(step) && !view.isChanged("head", step.file, step.span.line) && view.touches(step.file, step.span));
  if (lostArgument) return { side: "head", file: lostArgument.file, span: lostArgument.span };
  const ioChanged2 = view.isChanged("head", p.file, p.span.line);
  const fnIsNew = ioChanged2 && view.isChanged("head", p.file, p.fnSpan.line) && view.isChanged("head", p.file, p.fnSpan.endLine);
  if (ioChanged2 && !fnIsNew && p.steps.length > 0) return { side: "head", file: p.file, span: p.span };
  const inLoop2 = [...p.steps].reverse().find((step) => view.isChanged("head", step.file, step.span.line) && inLoopOf(step));
  if (inLoop2) return { side: "head", file: inLoop2.file, span: inLoop2.span };
  if (view.isChanged("head", p.file, p.span.line)) return { side: "head", file: p.file, span: p.span };
  for (let line = p.fnSpan.line; line <= p.fnSpan.endLine; line++) {
    if (view.isChanged("head", p.file, line)) return { side: "head", file: p.file, span: p.span };
  }
  for (const step of p.steps) if (view.isChanged("head", step.file, step.span.line)) return { side: "head", file: step.file, span: step.span };
  for (const loop of p.loops) {
    if (view.isChanged("head", loop.file, loop.line)) return { side: "head", file: loop.file, span: { line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column } };
  }
  return { side: "head", file: p.file, span: p.span };
}
function oneFindingPerCause(made) {
  const best = /* @__PURE__ */ new Map();
  const out = [];
  for (const m of made) {
    const p = m.path;
    const entryFn = p.steps[0]?.fnId ?? p.fnId;
    const entryFile = p.steps[0]?.file ?? p.file;
    const inEntry = p.loops.some((l) => l.fnId === entryFn && l.file === entryFile);
    if (inEntry || p.loops.length === 0) {
      out.push(m);
      continue;
    }
    const key = [p.file, p.span.line, p.span.column, ...p.loops.map((l) => `${l.file}:${l.line}:${l.column}`)].join("\0");
    const prev = best.get(key);
    if (!prev || p.steps.length < prev.path.steps.length) best.set(key, m);
  }
  return [...out, ...best.values()];
}
function oneFindingPerSite(made) {
  const groups = /* @__PURE__ */ new Map();
  for (const m of made) {
    const f = m.f;
    const key = [f.at.file, f.at.span.line, f.at.span.column].join("\0");
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  const out = [];
  for (const list of groups.values()) {
    if (list.length === 1) {
      out.push(list[0].f);
      continue;
    }
    const ordered = [...list].sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity]);
    const lead = ordered[0].f;
    const others = [];
    const related = [...lead.related];
    for (const { f, path: path5 } of ordered.slice(1)) {
      if (f.effect.callee !== lead.effect.callee && !others.includes(f.effect.callee)) others.push(f.effect.callee);
      const s = path5.span;
      if (related.some((r) => r.file === path5.file && r.line === s.line && r.column === s.column)) continue;
      related.push({ side: "head", file: path5.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, message: `also: ${path5.callText} (${f.effect.kind})` });
    }
    out.push({ ...lead, data: { ...lead.data, also: alsoPhrase(others) }, related });
  }
  return out;
}
function alsoPhrase(callees) {
  if (callees.length === 0) return "";
  const names = callees.map((c) => `\`${c}\``);
  if (names.length === 1) return `, as does ${names[0]}`;
  return `, as do ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

// src/model/options/timeout.ts
var TIMEOUT_KEY = /(timeout|deadline)(_?ms|_?millis(econds)?|_?secs?|_?seconds|_?in_?(ms|millis(econds)?|secs?|seconds|minutes?))?$|^(maxWait(ms)?|maxTimeMS|wtimeout(ms)?)$/i;
var NOT_A_HANG_BOUND = /idle|keep_?alive|ttl|^(cache|session|heartbeat|shutdown|graceful|drain|close)/i;
var FLAG_OR_CALLBACK = /^(should|reset|enable|disable|use|is|has|on)[A-Z_]/;
var TIMEOUT_CONTAINER = /^timeouts?$/i;
var RETRY_OR_BACKOFF = /^(retry|retries|retryOptions|retryPolicy|retryStrategy|backoff|backoffOptions)$/i;
var SIGNAL_KEY = /^(abort)?signal$/i;
var TIMEOUT_WRAPPER = /^(p|with|promise)?timeout$/i;
var TIMEOUT_METHOD = /^(timeout|maxTimeMS|setTimeout|deadline|setDeadline)$/;
var NOT_IO = /^(it|test|describe|bench|before(All|Each)?|after(All|Each)?|expect|waitFor\w*|debounce|throttle|setTimeout|setInterval|sleep|delay|wait)$/;
var TIMER_CALLEE = /(^|\.)(sleep|delay|wait|timeout|timer|setTimeout|rejectAfter|timeoutAfter|rejectIn)$/i;
var TIMER_IN_TEXT = /\b(?:sleep|delay|wait|timeout|timer|rejectAfter|timeoutAfter|rejectIn)\s*\(\s*([\w$.]+)\s*[,)]/i;
function optionLeaves(options2, prefix2 = "", inContainer = false, depth = 0, vocabulary) {
  const out = [];
  for (const [key, value] of options2) {
    const path5 = prefix2 ? `${prefix2}.${key}` : key;
    if (SIGNAL_KEY.test(key)) {
      out.push({ path: path5, value });
      continue;
    }
    const poolWait = /pool$/i.test(prefix2) && /^acquire$/i.test(key);
    const libraryNamed = !!vocabulary && Object.hasOwn(vocabulary, path5);
    const delay = RETRY_OR_BACKOFF.test(prefix2.split(".").pop() ?? "");
    const timeoutNamed = libraryNamed || (TIMEOUT_KEY.test(key) || inContainer || poolWait) && !delay && !NOT_A_HANG_BOUND.test(key) && !FLAG_OR_CALLBACK.test(key);
    if (value.k === "obj" && depth < 3) {
      out.push(...optionLeaves(value.props, path5, TIMEOUT_CONTAINER.test(key), depth + 1, vocabulary));
      if (timeoutNamed && value.props.size === 0) out.push({ path: path5, value });
      continue;
    }
    if (value.k === "call" && depth < 3 && !isDeadlineCall(value)) {
      for (const arg of value.args) if (arg.k === "obj") out.push(...optionLeaves(arg.props, path5, false, depth + 1));
      if (timeoutNamed) out.push({ path: path5, value });
      continue;
    }
    if (timeoutNamed && (value.k !== "str" || parseDuration(value.v) !== void 0) && value.k !== "fn" && !(value.k === "bool" && value.v)) out.push({ path: path5, value });
  }
  return out;
}
function calleeText(site) {
  return site.text.replace(/\s+\./g, ".");
}
function lastName(site) {
  return site.text.replace(/^new /, "").split(".").pop() ?? site.text;
}
function guardOf(site) {
  if (site.role === "abort-timer") return "abort timer";
  if (site.wraps) return "wrapper";
  if (site.role === "race-timeout") return "race";
  const name = lastName(site);
  if (site.text.includes(".") && TIMEOUT_METHOD.test(name) && !/^AbortSignal\./.test(site.text)) return "method";
  if (TIMEOUT_WRAPPER.test(name) && !/^AbortSignal\./.test(site.text)) return "wrapper";
  return void 0;
}
function guardBound(site) {
  switch (guardOf(site)) {
    case "abort timer":
      return site.args[1];
    case "race":
      return raceTimer(site.args);
    case "wrapper": {
      if (site.wraps) return site.args[site.wraps.ms];
      const ms = site.options.get("milliseconds") ?? site.options.get("timeout") ?? site.options.get("ms");
      return ms ?? site.args.find((a) => a.k === "num" || a.k === "env" || a.k === "str");
    }
    case "method":
      return site.args[0] && site.args[0].k !== "obj" ? site.args[0] : void 0;
    default:
      return void 0;
  }
}
function guardName(site) {
  const guard = guardOf(site);
  const path5 = lastName(site);
  return guard === "abort timer" ? "abort timer" : guard === "race" ? "`Promise.race` timeout" : guard === "method" ? `\`.${path5}()\` call` : `\`${path5}\` wrapper`;
}
function boundCallee(base, head) {
  if (guardOf(base) === "method") return calleeText(base).slice(0, -(lastName(base).length + 1));
  return head.args.length || !head.text.includes("(") ? calleeText(head) : calleeText(base);
}
function leavesOf(site) {
  const guard = guardOf(site);
  if (guard === "method" && site.args[0]?.k === "obj") {
    return optionLeaves(site.args[0].props, lastName(site), true);
  }
  if (guard) {
    const bound2 = guardBound(site);
    return bound2 ? [{ path: lastName(site), value: bound2 }] : [];
  }
  return optionLeaves(site.options, "", false, 0, site.defaults?.timeouts);
}
function millis(path5, v) {
  let n;
  if (v.k === "either") {
    const all = v.items.map((x) => millis(path5, x)).filter((x) => x !== void 0);
    return all.length ? Math.max(...all) : void 0;
  }
  if (v.k === "num") n = v.v;
  else if (v.k === "str") n = parseDuration(v.v);
  else if (v.k === "env") return v.fallback ? millis(path5, v.fallback) : void 0;
  else if (v.k === "call" || v.k === "arr") {
    const signal = signalTimeout(v);
    if (signal !== void 0) return signal;
    return deadlineOf(v);
  } else if (v.k === "unknown") return deadlineOf(v);
  if (n === void 0 || Number.isNaN(n)) return void 0;
  const key = path5.split(".").pop() ?? path5;
  if (/deadline/i.test(key) && n > 1e12 && n !== Infinity) return void 0;
  if (v.k === "num" && v.text) return n;
  if (/(seconds?|secs?|_s)$/i.test(key) && !/ms$/i.test(key)) return n * 1e3;
  if (/minutes?$/i.test(key)) return n * 6e4;
  return n;
}
function signalTimeout(v, depth = 0) {
  if (depth > 4) return void 0;
  if (v.k === "call" && /timeout/i.test(v.callee.split(".").pop() ?? "")) {
    const ms = v.args[0];
    if (ms?.k === "num") return ms.v;
    if (ms?.k === "env" && ms.fallback?.k === "num") return ms.fallback.v;
    return -1;
  }
  const inner = v.k === "call" ? v.args : v.k === "arr" || v.k === "either" ? v.items : [];
  for (const x of inner) {
    const n = signalTimeout(x, depth + 1);
    if (n !== void 0) return n;
  }
  return void 0;
}
function deadlineOf(v) {
  if (v.k === "call" && /^new Date$/.test(v.callee) && v.args[0]) return deadlineOf(v.args[0]);
  if (v.k !== "unknown") return void 0;
  const m = /^(?:Date\.now\(\)|new Date\(\)\.getTime\(\)|\+new Date\(\))\s*\+\s*(.+)$/.exec(v.text);
  if (!m) return void 0;
  const rest = m[1].replace(/^'(.*)'$/, "$1").replace(/_/g, "");
  return /^\d+(\.\d+)?$/.test(rest) ? Number(rest) : parseDuration(rest);
}
function isDeadlineCall(v) {
  return v.k === "call" && (/^new Date$/.test(v.callee) || signalTimeout(v) !== void 0);
}
function isDisabled(v, ms) {
  if (v.k === "bool") return !v.v;
  if (v.k === "null") return true;
  if (v.k === "obj") return v.props.size === 0;
  if (v.k === "either") return v.items.some((x) => isDisabled(x, millis("", x)));
  if (v.k === "env") return !!v.fallback && isDisabled(v.fallback, ms);
  return ms !== void 0 && ms !== -1 && (ms <= 0 || ms >= NEVER_MS);
}
function show2(v, ms) {
  if (!v) return "unset";
  if (v.k === "env") return `set from the environment (\`process.env.${v.name}\`${v.fallback ? `, default ${show2(v.fallback, ms)}` : ""})`;
  if (v.k === "null") return "unset";
  if (v.k === "bool") return `\`${v.v}\``;
  if (v.k === "obj" && v.props.size === 0) return "`{}`";
  if (isDefaultValue(v)) return v.text;
  if (v.k === "either" && v.items.every((x) => millis("", x) !== void 0)) return v.items.map((x) => show2(x, millis("", x))).join(" or ");
  if (ms !== void 0 && ms !== -1) return formatMs(ms);
  return `\`${describe(v)}\``;
}
function timeoutsOf(site) {
  const guard = guardOf(site);
  const bound2 = !!guard && !(guard === "method" && site.args[0]?.k === "obj");
  return leavesOf(site).map((l) => timeoutSetting(l.path, l.value, bound2 ? "guard" : void 0));
}
function timeoutSetting(path5, value, kind) {
  const ms = millis(path5, value);
  const key = path5.split(".").pop() ?? path5;
  return {
    kind: kind ?? (SIGNAL_KEY.test(key) ? "signal" : "timeout"),
    path: path5,
    value,
    ...ms !== void 0 ? { amount: ms } : {},
    shown: show2(value, ms),
    at: value.at,
    provenance: provenanceOf(value, isDefaultValue(value) ? value.text.startsWith(DEFAULT_SHOWN) ? "library default" : value.text.startsWith(CLIENT_DEFAULT) ? "client default" : "callee default" : void 0)
  };
}
function defaultSetting(site, path5, dflt) {
  return timeoutSetting(path5, defaultValue(site, path5, dflt));
}
function defaultOf(site, path5) {
  const fromClient = site.client && timeoutsOf(site.client).find((t) => t.path === path5);
  if (fromClient) return fromClient.amount !== void 0 && fromClient.amount >= 0 && !isDisabled(fromClient.value, fromClient.amount) ? fromClient.amount : "passed-on";
  const table = site.defaults?.timeouts;
  if (table && Object.hasOwn(table, path5)) return table[path5];
  const own2 = site.params?.find((p) => p.prop && p.name === path5);
  if (!own2) return void 0;
  const ms = own2.default ? millis(path5, own2.default) : void 0;
  return ms !== void 0 && ms >= 0 ? ms : "passed-on";
}
var DEFAULT_SHOWN = "the library default";
var CALLEE_DEFAULT = "the default of";
var CLIENT_DEFAULT = "the client's";
function isDefaultValue(v) {
  return v.k === "num" && !!v.text && (v.text.startsWith(DEFAULT_SHOWN) || v.text.startsWith(CALLEE_DEFAULT) || v.text.startsWith(CLIENT_DEFAULT));
}
function defaultValue(site, path5, dflt) {
  const at = { file: site.file, line: site.span.line };
  const client = site.client && timeoutsOf(site.client).some((t) => t.path === path5);
  const library = !!site.defaults?.timeouts && Object.hasOwn(site.defaults.timeouts, path5);
  const source = client ? `${CLIENT_DEFAULT} \`${path5}\`` : library ? DEFAULT_SHOWN : `${CALLEE_DEFAULT} \`${lastName(site)}\``;
  if (typeof dflt === "number") return { k: "num", v: dflt, at, text: `${source}, ${formatMs(dflt)}` };
  return { k: "unknown", text: dflt === null ? "unset (no timeout)" : "unset (the library default)", at };
}
function droppedFromCombination(before, after) {
  if (before.k !== "call" || !/AbortSignal\.any$/.test(before.callee) || before.args[0]?.k !== "arr") return false;
  const others = new Set(before.args[0].items.filter((x) => signalTimeout(x) === void 0).map(describe));
  const left = after.k === "call" && /AbortSignal\.any$/.test(after.callee) && after.args[0]?.k === "arr" ? after.args[0].items : [after];
  return left.every((x) => others.has(describe(x)));
}
function isPrimitive(v) {
  return v.k === "num" || v.k === "str" || v.k === "bool" || v.k === "null" || v.k === "fn";
}
function ioLike(site) {
  return !!site.role || !(site.kind === "other" && NOT_IO.test(lastName(site)));
}
function siteId(site) {
  return `${site.text.replace(/\s+\./g, ".")}@${site.file}:${site.span.line}`;
}
function embeddedSites(sites) {
  const inOptions = /* @__PURE__ */ new Set();
  const inArgs = /* @__PURE__ */ new Set();
  const walk = (v, depth, into) => {
    if (depth > 6) return;
    if (v.k === "call") {
      into.add(`${v.callee}@${v.at.file}:${v.at.line}`);
      v.args.forEach((a) => walk(a, depth + 1, into));
    } else if (v.k === "obj") for (const x of v.props.values()) walk(x, depth + 1, inOptions);
    else if (v.k === "arr") v.items.forEach((x) => walk(x, depth + 1, into));
    else if (v.k === "env" && v.fallback) walk(v.fallback, depth + 1, into);
  };
  for (const s of sites) {
    if (!s || s.role === "retry-loop") continue;
    for (const a of s.args) walk(a, 0, inArgs);
  }
  return (site) => inOptions.has(siteId(site)) || site.kind === "other" && inArgs.has(siteId(site));
}
function racedCallees(site) {
  const out = /* @__PURE__ */ new Set();
  const guard = guardOf(site);
  if (guard !== "race" && guard !== "wrapper") return out;
  const items = guard === "race" && site.args[0]?.k === "arr" ? site.args[0].items : site.wraps ? site.args.slice(site.wraps.promise, site.wraps.promise + 1) : site.args;
  for (const v of items) {
    if (v.k !== "call") continue;
    const callee = v.callee.replace(/\(.*$/, "").replace(/\s+\./g, ".");
    if (!TIMER_CALLEE.test(callee) && !/^new Promise$/.test(callee)) out.add(callee);
  }
  return out;
}
function raceTimer(values, depth = 0) {
  if (depth > 4) return void 0;
  for (const v of values) {
    if (v.k === "call") {
      if (TIMER_CALLEE.test(v.callee)) {
        const n = v.args.find((a) => a.k === "num" || a.k === "env");
        if (n) return n;
      }
      const chained = TIMER_IN_TEXT.exec(v.callee);
      if (chained) return fromText(chained[1], v.at);
      const inner = raceTimer(v.args, depth + 1);
      if (inner) return inner;
    } else if (v.k === "arr") {
      const inner = raceTimer(v.items, depth + 1);
      if (inner) return inner;
    } else if (v.k === "fn") {
      const m = /\bsetTimeout\s*\([\s\S]*,\s*([\w$.]+)\s*\)/.exec(v.text) ?? TIMER_IN_TEXT.exec(v.text);
      if (m) return fromText(m[1], v.at);
    }
  }
  return void 0;
}
function fromText(text, at) {
  const n = text.replace(/_/g, "");
  return /^\d+(\.\d+)?$/.test(n) ? { k: "num", v: Number(n), at } : { k: "unknown", text, at };
}
function guardedIo(base, headPaths, near) {
  const raced = racedCallees(base);
  for (const p2 of raced.size ? headPaths : []) {
    const first = p2.steps[0];
    const text = (first ? first.callText : p2.callText).replace(/\s+\./g, ".");
    if (raced.has(text)) return first ? { path: p2, file: first.file, span: first.span, callText: text } : { path: p2, file: p2.file, span: p2.span, callText: text };
  }
  const direct = headPaths.filter((p2) => p2.steps.length === 0);
  const p = (near && direct.find((d) => d.span.line >= near.span.line && d.span.line <= near.span.endLine)) ?? direct[0];
  return p ? { path: p, file: p.file, span: p.span, callText: p.callText } : void 0;
}
function signalledSite(timer, pairs, read2) {
  const cb = timer.role === "abort-timer" ? timer.args[0] : void 0;
  const controller = cb?.k === "fn" ? /([\w$]+)\.abort\s*\(/.exec(cb.text)?.[1] : void 0;
  if (!controller) return void 0;
  const given = (t) => t.kind === "signal" || describe(t.value) === controller;
  return pairs.find(({ base: b, head: h }) => h && b && b !== timer && b.file === timer.file && b.fnId === timer.fnId && !b.role && read2(b).some(given))?.head;
}
function hasOtherGuard(heads, read2, file, fnId, key, except) {
  return heads.some((h) => {
    if (h === except || h.file !== file || h.fnId !== fnId || h.role === "retry-loop") return false;
    const guard = guardOf(h);
    if (guard && guard !== "method") return true;
    if (key === void 0 || h.key !== key) return false;
    return read2(h).some((t) => t.kind === "signal" ? signalTimeout(t.value) !== void 0 : !isDisabled(t.value, t.amount));
  });
}
function effectiveWait(settings, read2) {
  for (const [from, site] of [["call", settings.own], ["client", settings.client]]) {
    const stated = site ? read2(site).filter((t) => t.amount !== void 0 && t.amount > 0 && t.amount !== Infinity && !isDisabled(t.value, t.amount)) : [];
    if (stated.length) {
      const longest = stated.reduce((a, b) => b.amount > a.amount ? b : a);
      return { ms: longest.amount, shown: longest.shown, from, setting: longest };
    }
  }
  const table = settings.defaults?.timeouts;
  if (!table) return { ms: void 0, shown: "unknown", from: "default" };
  const known = Object.values(table).filter((x) => typeof x === "number");
  const of = settings.library ? `the ${settings.library} default` : "the library default";
  if (!known.length) return { ms: null, shown: `unset (${settings.library ?? "the library"} waits forever by default)`, from: "default" };
  const ms = Math.max(...known);
  return { ms, shown: `${formatMs(ms)} (${of})`, from: "default" };
}

// rules/shared/anchor.ts
function anchorOf(view, site, value, what = site.text) {
  const origin = value && "k" in value ? value.at : value;
  const via = value && "k" in value ? value.via : void 0;
  if (via && inSite(site, via) && view.isChanged("head", via.file, via.line)) return atLine(site, via);
  if (origin && inSite(site, origin)) {
    return atLine(site, origin);
  }
  if (origin && view.isChanged("head", origin.file, origin.line)) {
    const used = { side: "head", file: site.file, line: site.span.line, column: site.span.column, endLine: site.span.endLine, endColumn: site.span.endColumn, message: `used by: ${what.replace(/\s+\./g, ".")}` };
    return { file: origin.file, span: { line: origin.line, column: 1, endLine: origin.line, endColumn: 1 }, related: [used], atOrigin: true };
  }
  if (via && inSite(site, via)) return atLine(site, via);
  return { file: site.file, span: site.span, related: [], atOrigin: false };
}
function removalAnchor(view, base, head, removed) {
  const call = { file: head.file, span: head.span, related: [], atOrigin: false };
  const at = removed?.via ?? removed?.at;
  if (!at || at.file !== base.file || at.line < base.span.line || at.line > base.span.endLine) return call;
  const { line: first, endLine: last } = head.span;
  const estimate = Math.min(Math.max(at.line - base.span.line + first, first), last);
  for (let d = 0; d <= last - first; d++) {
    for (const line of d ? [estimate - d, estimate + d] : [estimate]) {
      if (line < first || line > last) continue;
      if (view.isChanged("head", head.file, line) || deletedBefore(view, head.file, line)) return atLine(head, { file: head.file, line });
    }
  }
  return call;
}
function deletedBefore(view, file, line) {
  return line > 1 && !view.isChanged("head", file, line - 1) && view.touches(file, { line: line - 1, endLine: line });
}
function inSite(site, w) {
  return w.file === site.file && w.line >= site.span.line && w.line <= site.span.endLine;
}
function atLine(site, w) {
  const first = w.line === site.span.line;
  const last = w.line === site.span.endLine;
  return { file: site.file, span: { line: w.line, column: first ? site.span.column : 1, endLine: w.line, endColumn: last ? site.span.endColumn : 1 }, related: [], atOrigin: false };
}

// rules/shared/present.ts
function formatFactor(f) {
  if (f === Infinity) return "unbounded";
  return `${f >= 10 ? Math.round(f) : Math.round(f * 10) / 10}x`;
}
function factorText(before, after) {
  if (!before || before <= 0 || after === void 0) return "";
  return formatFactor(after / before);
}
function stepDown(s, yes = true) {
  return !yes ? s : s === "high" ? "medium" : "low";
}
function whereText(v) {
  const at = "k" in v ? v.at : v;
  return `${at.file}:${at.line}`;
}
function lineAt(side3, at, message) {
  return { side: side3, file: at.file, line: at.line, column: 1, endLine: at.line, endColumn: 1, message };
}
function inSite2(site, at) {
  return at.file === site.file && at.line >= site.span.line && at.line <= site.span.endLine;
}
function beforeAndSetHere(option, before, beforeShown, head, after, afterShown) {
  const out = [];
  if (before) out.push(lineAt("base", before.at, `before: ${option} = ${beforeShown}`));
  if (after && !inSite2(head, after.at)) out.push(lineAt("head", after.at, `set here: ${option} = ${afterShown}`));
  return out;
}
function sideOf(option, shown2, v, extra = {}) {
  return { ...option ? { option } : {}, value: shown2, ...extra, ...v ? { setAt: whereText(v) } : {} };
}
function shortCall(text) {
  if (text.length <= 48) return text;
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") {
      if (depth++ === 0) out += "(...)";
    } else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out.replace(/\s+/g, " ");
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.at.file}:${f.at.span.line}|${f.identity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function movedFinding(messageId, severity, { entry, base, head, how }, option, before, after, data = {}) {
  const moved2 = how === "client" ? `goes through \`${receiverOf(head.callText)}\` instead of \`${receiverOf(base.callText)}\`` : `uses ${head.effect.lib?.label} instead of ${base.effect.lib?.label}`;
  return {
    messageId,
    severity,
    data: { callee: shortCall(head.callText), entry: entry.head.fnId, how: moved2, before: before.shown, after: after.shown, ...data },
    at: { side: "head", file: head.file, span: head.span },
    related: [lineAt("base", before.value?.at ?? { file: base.file, line: base.span.line }, `before: ${base.callText}, ${option} ${before.shown}`)],
    effect: { kind: head.effect.kind, callee: head.effect.key },
    before: sideOf(option, before.shown, before.value, before.extra),
    after: sideOf(option, after.shown, after.value, after.extra),
    identity: `${entry.head.fnId}|${head.effect.key}|${messageId}`
  };
}

// rules/timeout-changed.ts
var DEFAULTS = { raiseFactor: 5, ceilingMs: 6e4, longWaitFactor: 2, notableFactor: 3, notableIncreaseMs: 1e4 };
var CLIENT_FACTORY = /^(create\w*|extend|connect\w*|init\w*|configure|setup|instance|defaults|Pool|Client)$/;
var timeout_changed_default = defineRule({
  id: "timeout-changed",
  category: "timeout",
  severity: "high",
  docs: {
    summary: "A timeout, deadline or abort signal on an I/O call or its client was removed, disabled or raised sharply.",
    why: "Without a bound, a slow dependency holds every request that waits on it: sockets, pool connections and memory pile up until the service stops answering. Most clients (fetch, axios, got, pg, ioredis commands) wait forever by default, so removing a timeout usually removes the only bound; a sharply raised one lets the same pile-up grow that many times larger before anything fails.",
    fix: "Keep a timeout on every call that leaves the process: restore the option, set it on the client, or pass `AbortSignal.timeout(ms)`. If a longer wait is intended (a report, a migration), bound it explicitly and keep it off the request path; if the value moved to the environment, give it a default.",
    notFor: [
      "A timeout lowered, or added where there was none (one that adds 0 or Infinity, or a wait far past the library's known default, is reported).",
      "An option renamed, reformatted, moved into a shared constant or a spread of defaults that holds the same value.",
      "Idle, keep-alive, session and cache TTL settings, shutdown grace periods: they do not bound how long a call waits.",
      "Values that cannot be resolved (a parameter, a function result): opsdiff compares what the code states. Values read from the environment are said to be so; without a default they are reported at low severity.",
      `A timeout raised by less than ${DEFAULTS.raiseFactor}x that stays at or below ${formatMs(DEFAULTS.ceilingMs)}, unless it grows at least ${DEFAULTS.notableFactor}x and by ${formatMs(DEFAULTS.notableIncreaseMs)} or more (then low); one already past ${formatMs(DEFAULTS.ceilingMs)} raised by less than ${DEFAULTS.longWaitFactor}x. (These are the rule's options.)`,
      "An option removed where the library default (from the catalog) is no longer than the value was."
    ]
  },
  messages: {
    removed: "`{{option}}` on `{{callee}}` was removed ({{before}} -> unset), so the library default applies.",
    defaultRaised: "`{{option}}` on `{{callee}}` was removed ({{before}} -> {{after}}): {{factor}} longer.",
    disabled: "`{{option}}` on `{{callee}}` is now disabled ({{before}} -> {{after}}).",
    raised: "`{{option}}` on `{{callee}}` was raised {{factor}} ({{before}} -> {{after}}).",
    fromEnv: "`{{option}}` on `{{callee}}` is now {{after}} with no default ({{before}} -> unset when the variable is missing).",
    signalRemoved: "`{{callee}}` no longer passes a timeout signal ({{before}} -> {{after}}).",
    timerRemoved: "The abort timer that bounded `{{callee}}` in `{{entry}}` was removed ({{before}} -> unset).",
    raceRemoved: "The {{guard}} that bounded `{{callee}}` in `{{entry}}` was removed ({{before}} -> unset).",
    timerRaised: "The {{guard}} that bounds `{{callee}}` in `{{entry}}` was raised {{factor}} ({{before}} -> {{after}}).",
    callMoved: "`{{callee}}` in `{{entry}}` now {{how}}: its timeout went from {{before}} to {{after}}."
  },
  options: {
    defaults: DEFAULTS,
    schema: {
      raiseFactor: { type: "number", exclusiveMinimum: 1, description: "A timeout raised by this factor or more is a sharp raise." },
      ceilingMs: { type: "number", exclusiveMinimum: 0, description: "A timeout raised past this many milliseconds is a sharp raise." },
      longWaitFactor: { type: "number", exclusiveMinimum: 1, description: "A timeout already past the ceiling raised by this factor or more is reported at low severity." },
      notableFactor: { type: "number", exclusiveMinimum: 1, description: "A timeout raised by this factor or more, and by notableIncreaseMs or more, is reported at low severity." },
      notableIncreaseMs: { type: "number", minimum: 0, description: "See notableFactor." }
    }
  },
  check(view, options2) {
    const out = [];
    const embedded = { base: embeddedSites(view.settings.map((p) => p.base)), head: embeddedSites(view.settings.map((p) => p.head)) };
    const ctx = { view, options: options2 };
    for (const { base, head } of view.settings) {
      if (base?.role === "retry-loop" || head?.role === "retry-loop") continue;
      if (base && embedded.base(base) || head && embedded.head(head)) continue;
      if (base && !ioLike(base)) continue;
      if (base && head) out.push(...compareSites(base, head, ctx));
      else if (base) out.push(...removedGuard(base, ctx));
    }
    for (const moved2 of view.movedCalls()) out.push(...movedCall(moved2, ctx));
    return dedupe(out);
  }
});
var timeouts = (ctx, site) => ctx.view.options.of(site, timeoutsOf);
function raiseOf({ options: o }, beforeMs, afterMs) {
  if (beforeMs === void 0 || afterMs === void 0 || beforeMs <= 0 || afterMs <= 0 || afterMs <= beforeMs) return void 0;
  const ratio = afterMs / beforeMs;
  if (ratio >= o.raiseFactor || afterMs > o.ceilingMs && beforeMs <= o.ceilingMs) return "sharp";
  if (beforeMs > o.ceilingMs && ratio >= o.longWaitFactor || ratio >= o.notableFactor && afterMs - beforeMs >= o.notableIncreaseMs) return "notable";
  return void 0;
}
function compareSites(base, head, ctx) {
  const guard = guardOf(base);
  if (guard && guardOf(head) === guard && guard !== "method") return compareGuards(base, head, ctx);
  if (base.role || head.role) return [];
  const headSettings = new Map(timeouts(ctx, head).map((t) => [t.path, t]));
  const opaque = newSpreads(base, head).length > 0 || base.args.some((a, i) => a.k === "obj" && head.args[i] !== void 0 && head.args[i].k !== "obj" && !isPrimitive(head.args[i]));
  const shared = !opaque && head.args.some((a) => a.k === "obj" && a.opaque);
  const out = [];
  const baseSettings = timeouts(ctx, base);
  for (const before of baseSettings) {
    const after = headSettings.get(before.path);
    if (before.kind === "signal") {
      if (signalTimeout(before.value) === void 0) continue;
      if (!after || after.value.k === "null" || signalTimeout(after.value) === void 0) {
        const unseen = !!after && after.value.k !== "null" && !droppedFromCombination(before.value, after.value);
        if (!opaque && !hasOtherGuard(ctx.view.sites.head, (x) => timeouts(ctx, x), head.file, head.fnId, void 0, head)) out.push(finding2("signalRemoved", base, head, before, after, ctx, unseen));
        continue;
      }
    }
    if (before.value.k === "env" && !before.value.fallback) continue;
    if (isDisabled(before.value, before.amount)) continue;
    if (!after) {
      if (!opaque) out.push(...removal(base, head, before, ctx, shared));
      continue;
    }
    if (isDisabled(after.value, after.amount)) out.push(finding2("disabled", base, head, before, after, ctx));
    else if (after.value.k === "env" && !after.value.fallback) {
      if (before.value.k !== "env") out.push(finding2("fromEnv", base, head, before, after, ctx));
    } else {
      const raise = raiseOf(ctx, before.amount, after.amount);
      if (raise) out.push(finding2("raised", base, head, before, after, ctx, raise === "notable"));
    }
  }
  const inBase = new Set(baseSettings.map((t) => t.path));
  for (const [path5, after] of headSettings) {
    if (inBase.has(path5) || after.value.k === "null" || after.kind === "signal" || base.args.some((a) => a.k === "obj" && a.opaque)) continue;
    const found2 = defaultOf(head, path5);
    const dflt = found2 === "passed-on" ? void 0 : found2;
    const before = defaultSetting(base, path5, dflt);
    if (isDisabled(after.value, after.amount) && after.value.k !== "obj") {
      if (dflt !== null) out.push(finding2("disabled", base, head, before, after, ctx));
      continue;
    }
    const raise = typeof dflt === "number" ? raiseOf(ctx, dflt, after.amount) : void 0;
    if (raise) out.push(finding2("raised", base, head, before, after, ctx, raise === "notable"));
  }
  return out;
}
function removal(base, head, before, ctx, shared) {
  const dflt = defaultOf(head, before.path);
  if (dflt === "passed-on") return [];
  if (typeof dflt === "number") {
    const raise = raiseOf(ctx, before.amount, dflt);
    if (!raise) return [];
    return [finding2("defaultRaised", base, head, before, defaultSetting(head, before.path, dflt), ctx, shared || raise === "notable")];
  }
  const unreadable = before.amount === void 0 && before.value.k !== "env";
  return [finding2("removed", base, head, before, void 0, ctx, shared || dflt === void 0 && unreadable)];
}
function compareGuards(base, head, ctx) {
  const before = timeouts(ctx, base)[0];
  const after = timeouts(ctx, head)[0];
  const raise = before && after && raiseOf(ctx, before.amount, after.amount);
  const entry = raise ? entryOf(ctx.view, base) : void 0;
  const io = entry ? guardedIo(base, entry.headPaths, head) : void 0;
  if (!entry || !io) return [];
  return [guardFinding("timerRaised", base, head, entry, io, before, after, ctx, raise === "notable")];
}
function removedGuard(base, ctx) {
  const entry = entryOf(ctx.view, base);
  const guard = guardOf(base);
  if (!entry || !guard) return [];
  const io = guardedIo(base, entry.headPaths, signalledSite(base, ctx.view.settings, (x) => timeouts(ctx, x)));
  if (!io || hasOtherGuard(ctx.view.sites.head, (x) => timeouts(ctx, x), entry.head.file, entry.head.fnId, io.path.effect.key)) return [];
  return [guardFinding(guard === "abort timer" ? "timerRemoved" : "raceRemoved", base, void 0, entry, io, timeouts(ctx, base)[0], void 0, ctx)];
}
function movedCall(moved2, ctx) {
  const read2 = (s) => timeouts(ctx, s);
  const [cb, ch] = [moved2.settings.base, moved2.settings.head];
  const [b, h] = [effectiveWait(cb, read2), effectiveWait(ch, read2)];
  if (b.from === "call" && cb.ownPaired || h.from === "call" && ch.ownPaired || typeof b.ms !== "number" || h.ms === void 0) return [];
  const raise = h.ms === null ? "sharp" : raiseOf(ctx, b.ms, h.ms);
  const side3 = (w) => ({ shown: w.shown, ...w.setting ? { value: w.setting.value } : {}, extra: typeof w.ms === "number" ? { ms: w.ms } : {} });
  return raise ? [movedFinding("callMoved", h.ms === null ? "high" : raise === "sharp" ? "medium" : "low", moved2, "timeout", side3(b), side3(h))] : [];
}
function finding2(messageId, base, head, before, after, ctx, uncertain = false) {
  const option = before.path;
  const removed = !after || after.provenance.endsWith("default");
  const anchor = removed ? removalAnchor(ctx.view, base, head, before.value) : anchorOf(ctx.view, head, after.value);
  const related = [lineAt("base", before.at, `before: ${option} = ${before.shown}`), ...anchor.related];
  if (after && !anchor.atOrigin && !inSite2(head, after.at)) related.push(lineAt("head", after.at, `set here: ${option} = ${after.shown}`));
  const callee = boundCallee(base, head);
  return {
    messageId,
    severity: stepDown(severityOf2(messageId, head, after?.amount, ctx), uncertain),
    data: { option, callee, before: before.shown, after: after?.shown ?? "unset", factor: factorText(before.amount, after?.amount) },
    at: { side: "head", file: anchor.file, span: anchor.span },
    related,
    effect: { kind: head.kind, callee: head.key },
    before: side2(before),
    after: side2(after, option),
    identity: `${head.fnId}|${head.key}|${option}|${messageId}`
  };
}
function guardFinding(messageId, base, head, entry, io, before, after, ctx, notable = false) {
  const path5 = lastName(base);
  const guard = guardOf(base);
  const name = guardName(base);
  const at = head ? { file: head.file, span: head.span } : { file: io.file, span: io.span };
  const shownBefore = before ?? timeoutSetting(path5, { k: "unknown", text: base.text, at: { file: base.file, line: base.span.line } });
  return {
    messageId,
    severity: stepDown(severityOf2(messageId, { ...base, kind: io.path.effect.kind }, after?.amount, ctx), notable),
    data: { entry: entry.head.fnId, guard: name, callee: shortCall(io.callText), before: shownBefore.shown, after: after?.shown ?? "unset", factor: factorText(before?.amount, after?.amount) },
    at: { side: "head", ...at },
    related: [{ side: "base", file: base.file, line: base.span.line, column: base.span.column, endLine: base.span.endLine, endColumn: base.span.endColumn, message: `before: ${base.text}` }],
    effect: { kind: io.path.effect.kind, callee: io.path.effect.key },
    before: { guard: name, ...side2(shownBefore, void 0, false) },
    after: { guard: name, ...side2(after, void 0, false) },
    identity: `${entry.head.fnId}|${guard}|${messageId}`
  };
}
function side2(t, option = t?.path, named = true) {
  const ms = t?.amount;
  return sideOf(named ? option : void 0, t?.shown ?? "unset", t?.value, ms !== void 0 && ms !== -1 && Number.isFinite(ms) ? { ms } : {});
}
function severityOf2(messageId, site, afterMs, ctx) {
  const io = site.kind !== "other";
  if (messageId === "fromEnv") return "low";
  if (messageId === "raised" || messageId === "timerRaised" || messageId === "defaultRaised") {
    const wide = site.key.startsWith("new ") || CLIENT_FACTORY.test(lastName(site));
    return io && (afterMs !== void 0 && afterMs > ctx.options.ceilingMs || wide) ? "medium" : "low";
  }
  return io ? "high" : "medium";
}
function entryOf(view, base) {
  const entry = view.entryOf("base", base.file, base.fnId);
  return entry?.head ? entry : void 0;
}

// src/model/options/retry.ts
var COUNT_KEY = /^(max_?)?retry$|(retries|retry_?count|retry_?limit|retry_?attempts|retry_?times|attempts)(_?per_?request)?$|^forever$/i;
var TRIES_KEY = /(^tries|Tries|_tries|^TRIES|_TRIES)$/;
var NOT_A_COUNT = /^(current|failed|remaining|made|prev|previous|last|total_?failed)/i;
var RETRY_CONTAINER = /retr/i;
function leaves(options2, prefix2 = "", parent = "", depth = 0) {
  const out = [];
  for (const [key, value] of options2) {
    const path5 = prefix2 ? `${prefix2}.${key}` : key;
    if (value.k === "obj" && depth < 3) out.push(...leaves(value.props, path5, key, depth + 1));
    out.push({ path: path5, key, parent, value });
  }
  return out;
}
function settingOf(kind, l, shown2, amount) {
  return { kind, path: l.path, value: l.value, ...amount !== void 0 ? { amount } : {}, shown: shown2, at: l.value.at, provenance: provenanceOf(l.value) };
}
function showValue(v) {
  if (v.k === "env") return `set from the environment (\`${describe(v)}\`)`;
  if (v.k === "num") return v.v === Infinity ? "`Infinity`" : describe(v);
  if (v.k === "fn") return `\`${v.text.length > 60 ? v.text.slice(0, 57) + "..." : v.text}\``;
  if (v.k === "null") return "`null`";
  return `\`${describe(v)}\``;
}
function isRetrySite(site) {
  return retriesByName(site) || countLeaves(site).size > 0;
}
function retriesByName(site) {
  return site.role === "retry-loop" || /retry|backoff/i.test(site.key);
}
function retryOf(site) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const [path5, l] of countLeaves(site)) counts2.set(path5, countOf(site, path5, l));
  const only = site.role === "retry-loop" ? site.options.get("retryOn") : void 0;
  const backoff = once(() => backoffOf(site));
  const breaker = once(() => breakerOf(site));
  const breakerOff = once(() => breakerOffOf(site));
  const writeMethods = once(() => writeMethodsOf(site));
  return {
    counts: counts2,
    count: (path5) => counts2.get(path5) ?? countOf(site, path5, void 0),
    get backoff() {
      return backoff();
    },
    get breaker() {
      return breaker();
    },
    get breakerOff() {
      return breakerOff();
    },
    get writeMethods() {
      return writeMethods();
    },
    isRetry: counts2.size > 0 || retriesByName(site),
    ...only?.k === "str" ? { retriesOnly: only.v } : {}
  };
}
function once(compute) {
  let done = false;
  let value;
  return () => {
    if (!done) [done, value] = [true, compute()];
    return value;
  };
}
function isCountLeaf(l, site) {
  if (l.value.k === "obj") return false;
  if (l.key === "limit" && RETRY_CONTAINER.test(l.parent)) return true;
  if (l.key === "times" && /retry/i.test(site.key) && !l.parent) return true;
  return (COUNT_KEY.test(l.key) || TRIES_KEY.test(l.key)) && !NOT_A_COUNT.test(l.key);
}
function canonical(path5) {
  return path5.replace(/(^|\.)(retry|retries)\.limit$/i, "$1$2");
}
function isPolicyBuilder(site) {
  const first = site.args[0];
  return !!first && /^handle(All|Type|When|ResultType|WhenResult)\b/.test(describe(first));
}
function countsAttempts(site, key) {
  if (site.role === "retry-loop" || key === "times") return true;
  return /^((max|num|numOf|numberOf|total)_?)?(attempts|tries)$/i.test(key) && !isPolicyBuilder(site);
}
function hasOpaqueOptions(site) {
  const opaque = (v, depth) => v.k === "obj" && (!!v.opaque || depth < 3 && [...v.props.values()].some((x) => opaque(x, depth + 1)));
  return site.args.some((a) => opaque(a, 0));
}
function unsetCount(path5, shown2, provenance, amount, opaque = false) {
  return { kind: "attempts", path: path5, ...amount !== void 0 ? { amount } : {}, shown: shown2, provenance, opaque };
}
function countOf(site, path5, leaf) {
  if (!leaf && hasOpaqueOptions(site)) return unsetCount(path5, "unknown (options spread from elsewhere)", "named", void 0, true);
  if (!leaf) {
    const fromClient = site.client && countLeaves(site.client).get(path5);
    if (fromClient) {
      const c = countOf(site.client, path5, fromClient);
      return { ...c, shown: `unset (the client's ${c.shown})`, provenance: "named" };
    }
    const table = site.defaults?.retries;
    const d = table && Object.hasOwn(table, path5) ? table[path5] : void 0;
    return d ? unsetCount(path5, `unset (default ${d.value})`, "library default", d.attempts ? d.value : d.value + 1) : unsetCount(path5, "unset", "library default");
  }
  const v = leaf.value;
  const count = (amount, opaque = false) => ({ ...settingOf("attempts", leaf, showValue(v), amount), opaque });
  switch (v.k) {
    case "num":
      if (Number.isNaN(v.v) || v.v < 0) return count(void 0, true);
      if (leaf.key === "forever") return count(v.v ? Infinity : void 0);
      return count(v.v === Infinity ? Infinity : countsAttempts(site, leaf.key) ? Math.max(v.v, 1) : v.v + 1);
    case "null":
      if (/PerRequest$/i.test(leaf.key)) return count(Infinity);
      return countOf(site, path5, void 0);
    case "bool":
      if (leaf.key === "forever") return count(v.v ? Infinity : void 0);
      return v.v ? count(void 0, true) : count(1);
    default:
      return count(void 0, true);
  }
}
function countLeaves(site) {
  const out = /* @__PURE__ */ new Map();
  if (site.role === "retry-loop") {
    const limit = site.options.get("limit");
    if (limit) out.set("limit", { path: "limit", key: "limit", parent: "", value: limit });
    return out;
  }
  for (const l of leaves(site.options)) if (isCountLeaf(l, site)) out.set(canonical(l.path), l);
  return out;
}
var GROWTH_RANK = { exponential: 3, linear: 2, fixed: 1, wait: 1, none: 0 };
function backoffOf(site) {
  if (site.role === "retry-loop") {
    const sleeps = site.options.get("sleeps");
    const jitter = site.options.get("jitter");
    const b2 = { growth: sleeps?.k === "bool" && sleeps.v ? "wait" : "none" };
    if (sleeps) b2.growthAt = settingOf("backoff", { path: "sleep", value: sleeps }, showValue(sleeps));
    if (jitter?.k === "bool") Object.assign(b2, { jitter: jitter.v, jitterAt: settingOf("jitter", { path: "jitter", value: jitter }, showValue(jitter)) });
    return b2;
  }
  const b = {};
  const jitterAt = (l, on) => Object.assign(b, { jitter: on, jitterAt: settingOf("jitter", l, showValue(l.value)) });
  let factor;
  let minimum;
  for (const l of leaves(site.options)) {
    const v = l.value;
    if (/^backoff$/i.test(l.key) && !b.growthAt) {
      const g = growthOfBackoff(v);
      if (g) adopt(b, g, l);
    } else if (/^(retryDelay|retryStrategy|reconnectStrategy|calculateDelay|delay|interval)$/i.test(l.key) && (!/^(delay|interval)$/.test(l.key) || RETRY_CONTAINER.test(l.parent) || !l.parent && /retry/i.test(site.key)) && !b.growthAt) {
      const g = growthOfDelay(v);
      if (g) adopt(b, g, l);
    } else if (/^(factor|multiplier|timeMultiple)$/i.test(l.key) && v.k === "num") {
      if (l.key === "factor" && /kafka/i.test(site.key)) {
        if (!b.jitterAt) jitterAt(l, v.v > 0);
      } else factor = l;
    } else if (/^(minTimeout|initialRetryTime|startingDelay|minDelay|baseDelay)$/i.test(l.key) && v.k === "num") minimum = l;
    else if (/^randomize$/i.test(l.key) && v.k === "bool" && !b.jitterAt) jitterAt(l, v.v);
    else if (/^jitter$/i.test(l.key) && !b.jitterAt) {
      const j = v.k === "bool" ? v.v : v.k === "str" ? !/^none$/i.test(v.v) : v.k === "num" ? v.v > 0 : v.k === "fn" || v.k === "call" ? true : void 0;
      if (j !== void 0) jitterAt(l, j);
    }
  }
  const library = isPolicyBuilder(site) ? "none" : site.defaults?.backoff;
  if (!b.growthAt && (factor || minimum)) {
    const min = minimum?.value.k === "num" ? minimum.value.v : void 0;
    const f = factor?.value.k === "num" ? factor.value.v : void 0;
    const growth = min === 0 ? "none" : f !== void 0 ? f > 1 ? "exponential" : "fixed" : min !== void 0 ? library : void 0;
    const at = min === 0 || f === void 0 ? minimum : factor;
    if (growth && at) {
      b.growth = growth;
      b.growthAt = settingOf("backoff", at, showValue(at.value));
      if (minimum && min !== void 0) b.delay = settingOf("backoff", minimum, formatMs(min), min);
    }
  }
  if (hasOpaqueOptions(site)) return b;
  if (!b.growthAt && library) b.growth = library;
  if (b.jitter === void 0 && site.defaults?.jitter !== void 0) b.jitter = site.defaults.jitter;
  return b;
}
function adopt(b, g, l) {
  b.growth = g.growth;
  b.growthAt = settingOf("backoff", l, showValue(l.value));
  if (g.delayMs !== void 0) {
    const inner = g.inner && l.value.k === "obj" ? l.value.props.get("delay") : void 0;
    b.delay = settingOf("backoff", inner ? { path: `${l.path}.delay`, value: inner } : l, formatMs(g.delayMs), g.delayMs);
  }
  if (g.jitter !== void 0 && !b.jitterAt) Object.assign(b, { jitter: g.jitter, jitterAt: settingOf("jitter", l, showValue(l.value)) });
}
function growthOfBackoff(v) {
  switch (v.k) {
    case "obj": {
      const type = v.props.get("type");
      const delay = v.props.get("delay");
      const ms = delay?.k === "num" ? delay.v : void 0;
      const inner = ms !== void 0 ? { delayMs: ms, inner: true } : {};
      if (type?.k === "str") {
        if (/expo/i.test(type.v)) return { growth: ms === 0 ? "none" : "exponential", ...inner };
        if (/fixed|constant/i.test(type.v)) return { growth: ms ? "fixed" : "none", delayMs: ms ?? 0, ...inner };
        return void 0;
      }
      return ms !== void 0 ? { growth: ms > 0 ? "fixed" : "none", ...inner } : void 0;
    }
    case "num":
      return { growth: v.v > 0 ? "fixed" : "none", delayMs: v.v };
    case "str":
      if (/expo/i.test(v.v)) return { growth: "exponential" };
      if (/linear/i.test(v.v)) return { growth: "linear" };
      if (/fixed|constant/i.test(v.v)) return { growth: "fixed" };
      if (/^(none|off|no)$/i.test(v.v)) return { growth: "none", delayMs: 0 };
      return void 0;
    case "bool":
      return v.v ? void 0 : { growth: "none", delayMs: 0 };
    case "null":
      return { growth: "none", delayMs: 0 };
    case "call":
    case "unknown": {
      const text = describe(v);
      if (/expo/i.test(text)) return { growth: "exponential", jitter: !/noJitter/i.test(text) };
      if (/linear/i.test(text)) return { growth: "linear" };
      if (/constant|fixed/i.test(text)) {
        const n = v.k === "call" && v.args[0]?.k === "num" ? v.args[0].v : void 0;
        return { growth: n === 0 ? "none" : "fixed", ...n !== void 0 ? { delayMs: n } : {} };
      }
      if (/^(noop|noBackoff|none)/i.test(text)) return { growth: "none" };
      return void 0;
    }
    case "fn":
      return growthOfFunction(v.text);
    default:
      return void 0;
  }
}
function growthOfDelay(v) {
  if (v.k === "fn") return growthOfFunction(v.text);
  if (v.k === "num") return { growth: v.v > 0 ? "fixed" : "none", delayMs: v.v };
  if (v.k === "unknown" || v.k === "call") {
    const text = describe(v);
    if (/expo/i.test(text)) return { growth: "exponential", jitter: true };
    if (/linear/i.test(text)) return { growth: "linear", jitter: false };
    if (/noDelay|none/i.test(text)) return { growth: "none", delayMs: 0 };
  }
  return void 0;
}
function growthOfFunction(text) {
  let param;
  let body;
  const bare = /^(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>\s*([\s\S]*)$/.exec(text);
  if (bare) {
    param = bare[1];
    body = bare[2];
  } else {
    const open = text.indexOf("(");
    const close = text.indexOf(")", open);
    if (open < 0 || close < 0) return void 0;
    param = /^\s*([A-Za-z_$][\w$]*)/.exec(text.slice(open + 1, close))?.[1];
    body = text.slice(close + 1).replace(/^\s*(:\s*[^={]+)?\s*(=>)?\s*/, "");
  }
  const jitter = /Math\.random|jitter/i.test(body);
  const constant = /^\{?\s*(?:return\s+)?(\d[\d_]*)\s*;?\s*\}?$/.exec(body.trim());
  if (constant) {
    const n = Number(constant[1].replace(/_/g, ""));
    return { growth: n > 0 ? "fixed" : "none", delayMs: n, jitter };
  }
  if (!param || !new RegExp(`\\b${param.replace(/\$/g, "\\$")}\\b`).test(body)) return void 0;
  if (/\*\*|pow|\b2\s*\*|<</.test(body)) return { growth: "exponential", jitter };
  const p = param.replace(/\$/g, "\\$");
  const step = new RegExp(`\\b${p}\\s*\\*\\s*(\\d[\\d_]*)\\b|\\b(\\d[\\d_]*)\\s*\\*\\s*${p}\\b`).exec(body);
  const ms = step ? Number((step[1] ?? step[2]).replace(/_/g, "")) : void 0;
  return { growth: "linear", jitter, ...ms ? { delayMs: ms } : {} };
}
function showBackoff(b, withJitter) {
  const jitter = withJitter && b.jitter !== void 0 ? b.jitter ? " with jitter" : " without jitter" : "";
  const ms = b.delay?.amount;
  switch (b.growth) {
    case "exponential":
      return `exponential backoff${ms ? ` from ${formatMs(ms)}` : ""}${jitter}`;
    case "linear":
      return `linear backoff${jitter}`;
    case "fixed":
      return `a fixed ${ms ? `${formatMs(ms)} ` : ""}delay${jitter}`;
    case "wait":
      return `a sleep between attempts${jitter}`;
    case "none":
      return "no delay between attempts";
    default:
      return `the library's default backoff${jitter}`;
  }
}
var BREAKER_OPTION = /^(errorThresholdPercentage|resetTimeout|halfOpenAfter|volumeThreshold|rollingCountTimeout)$/;
function breakerSetting(l) {
  return settingOf("breaker", l, `\`${l.path}: ${describe(l.value)}\``);
}
function breakerOf(site) {
  const options2 = [...site.options].filter(([k]) => BREAKER_OPTION.test(k)).map(([path5, value]) => breakerSetting({ path: path5, value }));
  return /breaker/i.test(site.key) || options2.length ? options2 : void 0;
}
function breakerOffOf(site) {
  const off = leaves(site.options).find((l) => l.key === "enabled" && l.value.k === "bool" && !l.value.v || l.key === "errorThresholdPercentage" && l.value.k === "num" && l.value.v >= 100);
  return off && breakerSetting(off);
}
function optionAt(site, path5) {
  let props = site.options;
  let v;
  for (const key of path5.split(".")) {
    v = props?.get(key);
    props = v?.k === "obj" ? v.props : void 0;
  }
  return v;
}
function writeMethodsOf(site) {
  const retrying = RETRY_CONTAINER.test(site.key.split(".").pop() ?? "");
  const l = leaves(site.options).find((x) => x.key === "methods" && (RETRY_CONTAINER.test(x.parent) || retrying && !x.parent) && x.value.k === "arr");
  if (!l || l.value.k !== "arr") return void 0;
  const methods = l.value.items.flatMap((i) => i.k === "str" && /^(post|patch)$/i.test(i.v) ? [i.v.toUpperCase()] : []);
  return { path: l.path, value: l.value, methods };
}
function atomsOf(test) {
  return new Set(test.split(/&&|\|\||[()!]/).map((x) => x.trim()).filter(Boolean));
}
function errorTestChange(before, after) {
  if (after !== void 0 && before.replace(/\s+/g, "") === after.replace(/\s+/g, "")) return void 0;
  if (after === void 0) return "wider";
  const [ab, ah] = [atomsOf(before), atomsOf(after)];
  const ors = (t) => t.split("||").length;
  if ([...ab].every((x) => ah.has(x)) && ah.size > ab.size && ors(after) > ors(before)) return "wider";
  if ([...ah].every((x) => ab.has(x)) && ab.size > ah.size && ors(before) > ors(after)) return "narrower";
  return void 0;
}
function effectiveCalls(settings, read2) {
  for (const [from, site] of [["call", settings.own], ["client", settings.client]]) {
    const count = site ? [...read2(site).counts.values()].find((c) => !c.opaque && c.amount !== void 0) : void 0;
    if (count) return { calls: count.amount, shown: count.shown, from, count };
  }
  const lib = settings.library ?? "the library";
  if (!settings.defaults) return { calls: void 0, shown: "unknown", from: "default" };
  const d = Object.values(settings.defaults.retries ?? {})[0];
  if (!d) return { calls: 1, shown: `none (${lib} does not retry by default)`, from: "default" };
  return { calls: d.attempts ? d.value : d.value + 1, shown: `${d.value} ${d.attempts ? "attempts" : "retries"} (the ${lib} default)`, from: "default" };
}

// rules/shared/retry-target.ts
var WRITE_OPERATION = /^(post|create\w*|insert\w*|save|add|addBulk|push|lpush|rpush|xadd|publish|send|sendMessage|sendToQueue|sendBatch|enqueue|incr\w*|increment|decr\w*|decrement|append\w*|charge\w*|transfer\w*|bulkCreate|bulkWrite|createMany|insertMany|insertOne|hincrby|zincrby|capture|refund\w*|payout\w*)$/i;
var WRITE_COMMAND = /^send:(Send|Publish|PutRecords?|PutEvents|Invoke|Create|StartExecution|Insert|Add)\w*Command$/;
var POST_IN_TEXT = /method\s*:\s*['"`](POST|PATCH)['"`]/i;
var WRITE_IN_TEXT = /\.(post|create\w*|insert\w*|save|publish|enqueue|charge\w*)\s*\(|\b(create|insert|charge|publish|enqueue|send)[A-Z]\w*\s*\(/;
var IDEMPOTENT = /idempoten|dedup|Idempotency-Key|MessageDeduplicationId|ClientToken|jobId/i;
var KIND_RANK = { db: 4, network: 3, queue: 3, cache: 2, other: 0 };
function isWrite(p) {
  const op = p.effect.operation.split(".").pop() ?? "";
  return WRITE_OPERATION.test(op) || WRITE_COMMAND.test(p.effect.operation);
}
function targetOf(site, side3, view) {
  const local = /^new sqlite\./.test(site.key);
  if (site.kind !== "other") return { kind: site.kind, local };
  const paths = pathsInside(site, side3, view);
  const fnText = site.args.filter((a) => a.k === "fn" || a.k === "unknown").map((a) => describe(a)).join(" ");
  const protectedWrite = IDEMPOTENT.test(fnText);
  if (paths.length) {
    const sorted = [...paths].sort((a, b) => KIND_RANK[b.effect.kind] - KIND_RANK[a.effect.kind]);
    const write = paths.find(isWrite) ?? (POST_IN_TEXT.test(fnText) ? paths.find((p) => p.effect.kind === "network") : void 0);
    return {
      kind: sorted[0].effect.kind,
      callee: (write ?? sorted[0]).effect.key,
      ...write && !protectedWrite ? { write: write.effect.key, writeSeen: true } : {},
      local: paths.every((p) => p.effect.local)
    };
  }
  if (/^axiosRetry$/.test(site.key)) return { kind: "network", callee: "axios", local: false };
  const guessed = !protectedWrite && (WRITE_IN_TEXT.exec(fnText) ?? /^(create|insert|charge|publish|enqueue|send)[A-Z]\w*$/.exec(fnText.trim()));
  const named = site.args.find((a) => a.k === "unknown" && !/^handle[A-Z]/.test(a.text));
  const name = named?.text;
  return { kind: "other", ...name && /^[\w$.]+$/.test(name) ? { callee: name } : {}, ...guessed ? { write: name && /^[\w$.]+$/.test(name) ? name : guessed[0].replace(/^\./, "").replace(/\s*\($/, ""), writeSeen: false } : {}, local: false };
}
function pathsInside(site, side3, view) {
  const entry = view.entryOf(side3, site.file, site.fnId);
  if (!entry) return [];
  const paths = side3 === "head" ? entry.headPaths : entry.basePaths;
  if (site.role === "retry-loop") {
    return paths.filter((p) => p.loops.some((l) => l.bound === "retry" && l.file === site.file && l.fnId === site.fnId && l.line === site.span.line && l.column === site.span.column));
  }
  return paths.filter((p) => {
    const step = p.steps[0];
    const at = step ? { file: step.file, fnId: step.fnId, span: step.span } : { file: p.file, fnId: p.fnId, span: p.span };
    return at.file === site.file && at.fnId === site.fnId && within(at.span, site.span);
  });
}
function within(inner, outer) {
  const start = inner.line > outer.line || inner.line === outer.line && inner.column >= outer.column;
  const end = inner.endLine < outer.endLine || inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn;
  return start && end;
}
function baseRetried(head, target, view) {
  const entry = view.entryOf("head", head.file, head.fnId);
  if (!entry?.base) return false;
  const base = entry.base;
  if (entry.basePaths.some((p) => p.effect.key === target.write && p.loops.some((l) => l.bound === "retry"))) return true;
  return view.sites.base.some((b) => b.file === base.file && b.fnId === base.fnId && view.options.of(b, isRetrySite));
}
function lostLoops(view) {
  const found2 = /* @__PURE__ */ new Map();
  const retrying = new Set(retryingHeads(view).map((h) => `${h.file}\0${h.fnId}`));
  for (const entry of view.entries) {
    const { base, head } = entry;
    if (!base || !head || !view.touches(head.file, head.span) || retrying.has(`${head.file}\0${head.fnId}`)) continue;
    const baseByKey = groupByKey(entry.basePaths);
    for (const [key, heads] of groupByKey(entry.headPaths)) {
      for (const pair2 of pairRoutes(baseByKey.get(key) ?? [], heads)) {
        const before = pair2.base?.path;
        const after = pair2.head.path;
        const inlined = !!before && before.callText.replace(/\s+/g, "") === after.callText.replace(/\s+/g, "") && !view.entryOf("base", before.file, before.fnId)?.head;
        if (!before || siteIdentity(before) !== siteIdentity(after) && !inlined || before.onError || after.loops.some((l) => l.bound === "retry")) continue;
        const loop = before.loops.find((l) => l.bound === "retry");
        if (!loop) continue;
        const id = `${loop.file}|${loop.fnId}|${loop.line}`;
        const rank = loop.file === base.file && loop.fnId === base.fnId ? -1 : after.steps.length;
        if ((found2.get(id)?.rank ?? Infinity) > rank) found2.set(id, { loop, route: after, fnId: head.fnId, rank });
      }
    }
  }
  return [...found2.values()];
}
var RETRYING = /retr|backoff|attempt|resilien/i;
function retryingHeads(view) {
  return view.sites.head.filter((h) => view.options.of(h, isRetrySite));
}
function lostWrapper(base, view) {
  const entry = view.entryOf("base", base.file, base.fnId);
  const fn = entry?.head;
  const r = view.options.of(base, retryOf);
  if (!fn || !r.isRetry || r.breaker || base.role || base.kind !== "other") return void 0;
  const target = targetOf(base, "base", view);
  const heads = retryingHeads(view);
  if (!target.callee || heads.some((h) => h.file === fn.file && h.fnId === fn.fnId)) return void 0;
  const retrying = new Set(heads.map((h) => h.fnId.split(".").pop()));
  const handed = (x) => RETRYING.test(x) || retrying.has(x.split(".").pop());
  const route = entry.headPaths.find((p) => p.effect.key === target.callee && !p.loops.some((l) => l.bound === "retry") && !p.handedTo?.some(handed));
  return route ? { route, fnId: fn.fnId } : void 0;
}

// rules/shared/retry-text.ts
function siteText(site, lower = false) {
  if (site.role !== "retry-loop") return `\`${site.key}\``;
  return `${lower ? "the" : "The"} retry loop \`${site.text}\``;
}
function aroundText(site, target) {
  if (site.kind !== "other" || !target.callee || target.callee === site.key) return "";
  return ` around \`${target.callee}\``;
}
function unitOf(kind, key) {
  if (/bullmq|queue/i.test(key)) return "job";
  return kind === "network" ? "request" : kind === "db" ? "query" : kind === "cache" ? "command" : kind === "queue" ? "message" : "call";
}
function attemptsText(count) {
  const [b, a] = [count?.before.amount, count?.after.amount];
  const n = (x) => x === Infinity ? "unbounded" : String(x);
  if (a === void 0) return "every attempt";
  if (b !== void 0 && b !== a) return `${n(b)} -> ${n(a)} attempts`;
  return a === Infinity ? "unbounded attempts" : `up to ${a} attempts`;
}
function boundText(site, count) {
  const n = count.amount;
  if (site.role !== "retry-loop") return count.value ? `${count.path}: ${count.shown}` : "default retries";
  return n !== void 0 ? `up to ${n === Infinity ? "unbounded" : n} attempts` : count.value ? `bound ${count.shown}` : "no visible bound";
}
function callsOf(n) {
  return n !== void 0 ? { calls: n === Infinity ? "unbounded" : n } : {};
}
function stormText(what, per, unit) {
  if (what === "jitter") return `clients that failed together now retry at the same moments, in synchronized waves${per ? ` (${per})` : ""}`;
  if (what === "no delay") return per ? `${per} now hit the dependency back to back` : `every failing ${unit} now retries back to back`;
  return `retries ${per ? `(${per}) ` : ""}now keep the same pace however long the dependency struggles`;
}
function optionFinding(messageId, severity, data, head, target, anchor, option, before, after) {
  return {
    messageId,
    severity: stepDown(severity, target.local),
    data: { ...data, callee: head.key, around: aroundText(head, target), option },
    at: { side: "head", file: anchor.file, span: anchor.span },
    related: [...beforeAndSetHere(option, before.value, before.shown, head, anchor.atOrigin ? void 0 : after.value, after.shown), ...anchor.related],
    effect: { kind: target.kind, callee: target.callee ?? head.key },
    before: sideOf(option, before.shown, before.value, before.extra),
    after: sideOf(option, after.shown, after.value, after.extra),
    identity: `${head.fnId}|${head.key}|${canonical(option)}|${messageId}`
  };
}
function breakerFinding(messageId, site, side3, target, how, option, before, after) {
  const v = after.value;
  const own2 = v && inSite2(site, v.at) && v.at.line !== site.span.line ? v.at.line : void 0;
  return {
    messageId,
    severity: stepDown("medium", target.local),
    data: { callee: site.key, around: aroundText(site, target), how, before: before.shown, after: after.shown },
    at: { side: side3, file: site.file, span: own2 ? { line: own2, column: 1, endLine: own2, endColumn: 1 } : site.span },
    related: before.value ? [lineAt("base", before.value.at, `before: ${before.shown}`)] : [],
    effect: { kind: target.kind, callee: target.callee ?? site.key },
    before: sideOf(option, before.shown, before.value),
    after: sideOf(option, after.shown, v),
    identity: `${site.fnId}|${site.key}|${messageId}`
  };
}
function loopFinding(messageId, severity, { loop, route, fnId }) {
  const at = route.steps[0] ?? route;
  const { kind, key } = route.effect;
  return {
    messageId,
    severity,
    data: { header: loop.header, callee: key, unit: unitOf(kind, key) },
    at: { side: "head", file: at.file, span: at.span },
    related: [{ side: "base", file: loop.file, line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column, message: `before: ${loop.header}` }],
    effect: { kind, callee: key },
    before: { option: "retry loop", value: loop.header },
    after: { option: "retry loop", value: "none", calls: 1 },
    identity: `${fnId}|${key}|${messageId}`
  };
}
function wrapperFinding(messageId, severity, base, count, { route, fnId }) {
  const { kind, key } = route.effect;
  const at = route.steps[0] ?? route;
  return {
    messageId,
    severity,
    data: { wrapper: base.key, before: count.amount !== void 0 ? attemptsText({ before: count, after: count }) : count.shown, callee: key, unit: unitOf(kind, key) },
    at: { side: "head", file: at.file, span: at.span },
    related: [lineAt("base", { file: base.file, line: base.span.line }, `before: ${base.text}`)],
    effect: { kind, callee: key },
    before: sideOf("retry wrapper", base.key, count.value, callsOf(count.amount)),
    after: { option: "retry wrapper", value: "none", calls: 1 },
    identity: `${fnId}|${key}|${messageId}`
  };
}
function errorsFinding(messageId, base, head, target, before, after, wider) {
  const unit = unitOf(target.kind, head.key);
  return {
    messageId,
    severity: "low",
    data: {
      header: head.text,
      around: aroundText(head, target),
      before,
      after,
      how: wider ? "now retries more kinds of error" : "no longer retries a kind of error it did",
      consequence: wider ? `: each of them now costs up to the loop's attempts per failing ${unit}` : `: those failures now fail the ${unit} at once`
    },
    at: { side: "head", file: head.file, span: head.span },
    related: [{ side: "base", file: base.file, line: base.span.line, column: base.span.column, endLine: base.span.line, endColumn: base.span.column, message: `before: retried only when ${before}` }],
    effect: { kind: target.kind, callee: target.callee ?? head.key },
    before: { option: "retried errors", value: before },
    after: { option: "retried errors", value: after },
    identity: `${head.fnId}|${head.key}|${messageId}`
  };
}

// rules/retry-changed.ts
var DEFAULTS2 = { raiseFactor: 2, raiseCalls: 10, delayCutFactor: 2 };
var retry_changed_default = defineRule({
  id: "retry-changed",
  category: "retry",
  severity: "high",
  docs: {
    summary: "A retry count or policy on an I/O call or its client changed: more attempts, none at all, backoff or jitter removed or its delay cut, a retry added around a write, or a circuit breaker removed.",
    why: "Retries multiply the load on a dependency exactly when it is struggling: more attempts or retries without backoff turn a slow database into an outage (a retry storm), retries around a non-idempotent write charge or insert twice, and zero attempts turn every transient blip into a user-facing error.",
    fix: "Keep retries few, spaced by exponential backoff with jitter, and bounded by a circuit breaker or a retry budget; retry writes only with an idempotency key or a dedupe check; if a change is intended, say why next to the setting.",
    notFor: [
      "Retries lowered (but not to zero), or a backoff added or lengthened.",
      `A backoff's delay shortened by less than ${DEFAULTS2.delayCutFactor}x (a cut to 1/${DEFAULTS2.delayCutFactor} of it or less is reported, at low severity).`,
      `A raise of retries that multiplies the calls per failing operation by less than ${DEFAULTS2.raiseFactor}x and stays under ${DEFAULTS2.raiseCalls} calls is reported at low severity.`,
      "An option moved into a shared constant, a spread of defaults or an imported config that holds the same value.",
      "A retry added around reads, or around writes that pass an idempotency key.",
      "A new retry loop around a write that retries only the errors a test of the caught error selects (`if (!isDuplicateKeyError(e)) throw e;`) is reported at low severity, naming the test: whether any of those errors can follow a write that landed is for a reviewer to check.",
      "Values set from the environment: opsdiff says so rather than guessing them, and does not compare them.",
      "A retry loop removed from around a call that is still made is reported only when the call's route no longer retries at all: a loop moved into another helper, or replaced by a retry option of the call or its client, is not."
    ]
  },
  messages: {
    raised: "{{subject}}{{around}} rose from {{before}} to {{after}} ({{impact}}).",
    disabled: "{{subject}}{{around}} is now {{after}}, which turns retries off (was {{before}}): one transient failure now fails the {{unit}}.",
    retriedErrors: "The retry loop `{{header}}`{{around}} {{how}} (`{{before}}` -> `{{after}}`){{consequence}}.",
    toDefault: "{{subject}}{{around}} was removed (was {{before}}): the default of `{{callee}}` applies, which opsdiff does not know; if it is no retry, one transient failure now fails the {{unit}}.",
    backoffRemoved: "{{site}}{{around}} lost its {{what}} ({{before}} -> {{after}}): {{consequence}}.",
    delayCut: "{{site}}{{around}} now waits {{after}} instead of {{before}} ({{what}}): retries of a failing {{unit}} come back {{factor}} as fast, giving a struggling dependency less time to recover.",
    addedToWrite: "New retry {{site}} ({{after}}) wraps `{{write}}`, a non-idempotent write{{only}}: when a failure comes after the write landed, the retry repeats it (duplicate risk).",
    loopRemoved: "The retry loop `{{header}}` around `{{callee}}` was removed: `{{callee}}` is now tried once, so one transient failure fails the {{unit}}.",
    callMoved: "`{{callee}}` in `{{entry}}` now {{how}}: retries went from {{before}} to {{after}}; {{impact}}.",
    wrapperRemoved: "The retry wrapper `{{wrapper}}` ({{before}}) around `{{callee}}` was removed: `{{callee}}` is now tried once, so one transient failure fails the {{unit}}.",
    breakerRemoved: "The circuit breaker `{{callee}}`{{around}} {{how}} ({{before}} -> {{after}}): calls to a failing dependency are no longer cut off, so retries keep piling onto it."
  },
  options: {
    defaults: DEFAULTS2,
    schema: {
      raiseFactor: { type: "number", description: "Retries raised by at least this factor (calls per failing operation, after over before) are medium severity; less is low.", exclusiveMinimum: 1 },
      raiseCalls: { type: "integer", description: "Retries raised to at least this many calls per failing operation are medium severity, whatever the factor.", minimum: 2 },
      delayCutFactor: { type: "number", description: "A backoff whose delay is divided by at least this factor (2: cut to half or less) is reported, at low severity.", exclusiveMinimum: 1 }
    }
  },
  check(view, options2) {
    const c = { view, options: options2, read: (site) => view.options.of(site, retryOf) };
    const out = [];
    for (const { base, head } of view.settings) {
      if (isTimerRole(base) || isTimerRole(head)) continue;
      if (base && head) out.push(...comparePair(base, head, c));
      else if (head) out.push(newSite(head, c));
      else if (base) out.push(removedBreaker(base, c) ?? removedWrapper(base, c));
    }
    out.push(...lostLoops(view).map((lost) => loopFinding("loopRemoved", lost.route.effect.local ? "low" : "medium", lost)));
    out.push(...view.movedCalls().map((m) => movedCall2(m, c)));
    return out.filter((f) => !!f);
  }
});
function isTimerRole(s) {
  return s?.role === "abort-timer" || s?.role === "race-timeout";
}
function comparePair(base, head, c) {
  const [rb, rh] = [c.read(base), c.read(head)];
  const out = [breakerDisabled(base, head, rb, rh, c), retriedErrorsChanged(base, head, rb, rh, c)];
  const shaped = (r) => !!(r.backoff.growthAt ?? r.backoff.jitterAt);
  if (!rb.counts.size && !rh.counts.size && base.role !== "retry-loop" && !shaped(rb) && !shaped(rh)) return out;
  const target = targetOf(head, "head", c.view);
  const counts2 = [.../* @__PURE__ */ new Set([...rb.counts.keys(), ...rh.counts.keys()])].map((path5) => ({ before: rb.count(path5), after: rh.count(path5) }));
  out.push(retriedWriteMethods(rb, rh, head, target));
  const headMain = counts2.find((x) => x.after.amount !== void 0)?.after;
  const stillRetries = !headMain || headMain.opaque || (headMain.amount ?? 2) > 1;
  const storm = stillRetries ? backoffChange(head, target, rb, rh, counts2[0], c) : void 0;
  out.push(storm ?? (stillRetries ? delayCut(head, target, rb, rh, c) : void 0));
  for (const { before, after } of counts2) {
    const [b, a] = [before.amount, after.amount];
    if (before.opaque || after.opaque || a === b) continue;
    if (a === void 0) out.push(!after.value && b !== void 0 && b > 1 ? countFinding("toDefault", base, head, target, before, after, c) : void 0);
    else if (b === void 0) out.push(a === Infinity ? countFinding("raised", base, head, target, before, after, c) : void 0);
    else if (a <= 1 && b > 1) out.push(countFinding("disabled", base, head, target, before, after, c));
    else if (a > b && !storm) out.push(b <= 1 && target.write ? writeFinding(head, rh, target, after) : countFinding("raised", base, head, target, before, after, c));
  }
  return out;
}
function countFinding(messageId, base, head, target, before, after, c) {
  const option = after.value ? after.path : before.path;
  const unit = unitOf(target.kind, head.key);
  const [b, a] = [before.amount, after.amount];
  let impact = "";
  let severity = "medium";
  if (messageId === "toDefault" || a === void 0) severity = "low";
  else if (messageId === "raised" && a === Infinity) [impact, severity] = [`now unbounded: every failing ${unit} retries until the dependency recovers`, "high"];
  else if (messageId === "raised") {
    const factor = b ? a / b : Infinity;
    impact = `${b ?? 1} -> ${a} calls per failing ${unit}, ${formatFactor(factor)} load on failure`;
    severity = factor >= c.options.raiseFactor || a >= c.options.raiseCalls ? "medium" : "low";
  }
  const anchor = after.value ? anchorOf(c.view, head, after.value) : removalAnchor(c.view, base, head, before.value);
  const subject = head.role === "retry-loop" ? `The bound of ${siteText(head, true)}` : `\`${option}\` on \`${head.key}\``;
  return optionFinding(messageId, severity, { subject, before: before.shown, after: after.shown, impact, unit }, head, target, anchor, option, { ...before, extra: callsOf(b) }, { ...after, extra: callsOf(a) });
}
function backoffChange(head, target, rb, rh, count, c) {
  const [b, h] = [rb.backoff, rh.backoff];
  let what;
  if (b.growth && h.growth && h.growth === "none" && b.growth !== "none") what = "backoff";
  else if (b.growth && h.growth && GROWTH_RANK[h.growth] < GROWTH_RANK[b.growth] && b.growth !== "wait") what = b.growth === "exponential" ? "exponential backoff" : "growing backoff";
  else if (b.jitter === true && h.jitter === false && h.growth !== "none") what = "jitter";
  if (!what) return void 0;
  const isJitter = what === "jitter";
  const [before, after] = [showBackoff(b, isJitter || b.jitter === true), showBackoff(h, isJitter)];
  const unit = unitOf(target.kind, head.key);
  const per = count?.after.amount !== void 0 ? `${attemptsText(count)} per failing ${unit}` : void 0;
  const consequence = stormText(isJitter ? "jitter" : h.growth === "none" ? "no delay" : "no growth", per, unit);
  const [atB, atH] = isJitter ? [b.jitterAt, h.jitterAt] : [b.growthAt, h.growthAt];
  const option = (atH ?? atB)?.path ?? (isJitter ? "jitter" : "backoff");
  const severity = h.growth === "none" || count?.after.amount === Infinity ? "high" : "medium";
  return optionFinding("backoffRemoved", severity, { site: siteText(head), what, before, after, consequence }, head, target, anchorOf(c.view, head, atH?.value), option, { shown: before, value: atB?.value }, { shown: after, value: atH?.value });
}
function delayCut(head, target, rb, rh, c) {
  const [b, h] = [rb.backoff.delay, rh.backoff.delay];
  const growth = rh.backoff.growth;
  if (!b?.amount || !h?.amount || !growth || growth !== rb.backoff.growth || b.amount / h.amount < c.options.delayCutFactor) return void 0;
  const what = growth === "exponential" ? "the first delay of its exponential backoff" : growth === "linear" ? "the step of its linear backoff" : "its fixed delay between attempts";
  const data = { site: siteText(head), what, before: b.shown, after: h.shown, factor: formatFactor(b.amount / h.amount), unit: unitOf(target.kind, head.key) };
  return optionFinding("delayCut", "low", data, head, target, anchorOf(c.view, head, h.value), h.path, { shown: b.shown, value: b.value, extra: { delayMs: b.amount } }, { shown: h.shown, value: h.value, extra: { delayMs: h.amount } });
}
function newSite(head, c) {
  const r = c.read(head);
  if (!r.isRetry || r.breaker || head.recursive) return void 0;
  const path5 = [...r.counts.keys()][0] ?? (head.role === "retry-loop" ? "limit" : "retries");
  const after = r.count(path5);
  if (after.amount !== void 0 && after.amount <= 1) return void 0;
  const target = targetOf(head, "head", c.view);
  if (target.write && !baseRetried(head, target, c.view)) return writeFinding(head, r, target, after);
  if (after.amount === Infinity && head.kind === "other") return countFinding("raised", head, head, target, { path: path5, shown: "no retry", amount: 1 }, after, c);
  return void 0;
}
function writeFinding(head, r, target, after, effectCallee = target.write) {
  const option = after.path;
  const loop = head.role === "retry-loop";
  const selective = loop ? r.retriesOnly : void 0;
  return {
    messageId: "addedToWrite",
    severity: selective ? "low" : target.writeSeen ? stepDown("high", target.local) : "medium",
    data: { site: loop ? `loop \`${head.text}\`` : `\`${head.key}\``, callee: head.key, after: boundText(head, after), write: target.write, option, only: selective ? `, retried only when \`${selective}\`` : "" },
    at: { side: "head", file: head.file, span: head.span },
    related: after.value && after.value.at.file !== head.file ? [lineAt("head", after.value.at, `set here: ${option} = ${after.shown}`)] : [],
    effect: { kind: target.kind, callee: effectCallee },
    before: null,
    after: { ...sideOf(option, after.shown, after.value, callsOf(after.amount)), write: target.write },
    identity: `${head.fnId}|${head.key}|${target.write}|addedToWrite`
  };
}
function retriedWriteMethods(rb, rh, head, target) {
  const m = rh.writeMethods;
  const added = m?.methods.filter((x) => !rb.writeMethods?.methods.includes(x)) ?? [];
  const count = rh.count("retry");
  if (!m || !added.length || count.amount !== void 0 && count.amount <= 1) return void 0;
  return writeFinding(head, rh, { ...target, write: added.join(", "), writeSeen: true }, { ...count, path: m.path, value: m.value, shown: showValue(m.value) }, head.key);
}
function movedCall2(moved2, c) {
  const [cb, ch] = [moved2.settings.base, moved2.settings.head];
  const [b, h] = [effectiveCalls(cb, c.read), effectiveCalls(ch, c.read)];
  if (b.from === "call" && cb.ownPaired || h.from === "call" && ch.ownPaired || b.calls === void 0 || h.calls === void 0 || h.calls === b.calls || h.calls < b.calls && h.calls > 1) return void 0;
  const unit = unitOf(moved2.head.effect.kind, moved2.head.effect.key);
  const factor = h.calls / b.calls;
  const impact = `${b.calls} -> ${h.calls === Infinity ? "unbounded" : h.calls} calls per failing ${unit}${h.calls === 1 ? `: one transient failure now fails the ${unit}` : `, ${formatFactor(factor)} load on failure`}`;
  const severity = h.calls === 1 || h.from !== "default" && (factor >= c.options.raiseFactor || h.calls >= c.options.raiseCalls) ? "medium" : "low";
  const side3 = (x) => ({ shown: x.shown, ...x.count?.value ? { value: x.count.value } : {}, extra: callsOf(x.calls) });
  return movedFinding("callMoved", stepDown(severity, moved2.head.effect.local), moved2, "retries", side3(b), side3(h), { impact });
}
function removedWrapper(base, c) {
  const lost = lostWrapper(base, c.view);
  const r = c.read(base);
  return lost && wrapperFinding("wrapperRemoved", lost.route.effect.local ? "low" : "medium", base, r.count([...r.counts.keys()][0] ?? "retries"), lost);
}
function breakerDisabled(base, head, rb, rh, c) {
  const off = rh.breakerOff;
  if (!rb.breaker || rb.breakerOff || !off) return void 0;
  const before = optionAt(base, off.path);
  const shownBefore = before ? `\`${off.path}: ${describe(before)}\`` : `\`${off.path}\` unset`;
  return breakerFinding("breakerRemoved", head, "head", targetOf(head, "head", c.view), "can no longer open", off.path, { shown: shownBefore, value: before }, off);
}
function removedBreaker(base, c) {
  const { view } = c;
  const breaker = c.read(base).breaker;
  if (!breaker || c.read(base).breakerOff) return void 0;
  if (!view.entries.some((e) => e.base?.file === base.file && e.head && (base.fnId === "<module>" || e.base.fnId === base.fnId))) return void 0;
  const headFiles = new Set(view.entries.filter((e) => e.base?.file === base.file && e.head).map((e) => e.head.file));
  if (view.settings.some((p) => p.head && c.read(p.head).breaker && (!p.base || headFiles.has(p.head.file)))) return void 0;
  const before = `\`${base.text}\`${breaker.length ? ` with ${breaker.map((s) => s.shown).join(", ")}` : ""}`;
  const f = breakerFinding("breakerRemoved", base, "base", targetOf(base, "base", view), "was removed", "breaker", { shown: before }, { shown: "no breaker" });
  return { ...f, before: { option: "breaker", value: before, setAt: `${base.file}:${base.span.line}` }, after: null };
}
function retriedErrorsChanged(base, head, rb, rh, c) {
  const before = rb.retriesOnly;
  if (base.role !== "retry-loop" || head.role !== "retry-loop" || !before) return void 0;
  const after = rh.retriesOnly ?? "any error";
  const change2 = errorTestChange(before, rh.retriesOnly);
  if (!change2) return void 0;
  return errorsFinding("retriedErrors", base, head, targetOf(head, "head", c.view), before, after, change2 === "wider");
}

// src/model/options/limits.ts
var TASK_KEY = /concurren|parallelism|maxParallel|maxInFlight|maxWorkers|^workers$/i;
var CONNECTION_KEY = /connectionLimit|connection_limit|poolSize|pool_size|maxPool|max\w*Connections$|max_connections|^connections$|^maxClients$/i;
var SOCKET_KEY = /^maxSockets$|^maxTotalSockets$|^maxSessions$/;
var QUEUE_KEY = /^queueLimit$|^maxQueue\w*$|^maxWaitingClients$|^maxPending\w*$/;
var NOT_A_BOUND = /^min|idle|free|timeout|ttl|retr|delay|interval|duration|wait$/i;
var POOL_CONTAINER = /pool/i;
var RATE_CONTAINER = /limiter|ratelimit|throttle/i;
var POOL_SITE = /Pool\b|pool\b|createPool|Cluster|knex|Sequelize|Agent/;
var THROTTLE_SITE = /throttle/i;
var FLOW_CONTROL = /^flowControl$/;
var OFFLINE_QUEUE = /^enableOfflineQueue$/;
var URL_PARAM = /[?&](connection_limit|connectionLimit|pool_size|poolSize|maxPoolSize|max_connections)=(\d+)/;
var ZERO_IS_UNLIMITED = /^(connectionLimit|queueLimit)$/;
var FIRST_ARG_LIMIT = /^(new )?(pLimit|limit|limitFunction|Sema|Semaphore)$/;
var SECOND_ARG_LIMIT = /^(\w+\.)?((map|each|forEach|eachOf|forEachOf|times|filter|reject|detect|concat|sortBy|some|every|parallel|mapValues|groupBy|flatMap)Limit|queue|priorityQueue|cargoQueue|fastq)$/;
var REQUEST = /(^|\.)(get|post|put|patch|delete|del|head|request|fetch|query|execute|exec|send|publish|add|addBulk|insert|update|upsert|set|call|invoke|find\w*|save)$/;
var PAYLOAD = /^(data|body|json|form|params|query|where|payload|values|input|variables|create|update|set|document|doc|item|record|fields|headers|metadata)$/i;
var BATCH_HANDLER = /^handle\w*Batch$/;
function limitsOf(site) {
  return options(site).map((o) => read(site, o, true));
}
function limitPairs(base, baseOwn, head, headOwn) {
  const paths = /* @__PURE__ */ new Map();
  for (const l of [...baseOwn, ...headOwn]) if (!paths.has(l.path)) paths.set(l.path, l.limit);
  return [...paths].map(([path5, limit]) => ({ before: limitAt(base, baseOwn, path5, limit), after: limitAt(head, headOwn, path5, limit) }));
}
function limitAt(site, own2, path5, limit) {
  const set = own2.find((l) => l.path === path5);
  if (set) return set;
  const unread = urlNotLiteral(site, path5, limit) ?? fromOpaqueSpread(site, path5, limit);
  return unread ? read(site, unread, true) : read(site, { path: path5, limit, value: { k: "null", at: { file: site.file, line: site.span.line } } }, false);
}
function setAt(l) {
  return l.provenance === "library default" ? void 0 : l.at;
}
function taskLimit(limits) {
  return limits.find((l) => l.limit === "tasks");
}
function options(site) {
  const out = [];
  if (site.kind !== "other" && !site.key.startsWith("new ") && REQUEST.test(site.key)) {
    const flow = site.kind === "queue" ? site.options.get("flowControl") : void 0;
    if (flow?.k === "obj") collect(site, flow.props, "flowControl", "flowControl", 1, out);
    return out;
  }
  const first = site.args[0];
  if (FIRST_ARG_LIMIT.test(site.key) && first && isLimitArg(first)) out.push({ path: "limit", limit: "tasks", value: first, positional: true });
  const second = site.args[1];
  if (SECOND_ARG_LIMIT.test(site.key) && second && isLimitArg(second)) out.push({ path: "limit", limit: "tasks", value: second, positional: true });
  for (const p of site.params ?? []) {
    if (p.prop) continue;
    const limit = kindOfKey(site, p.name, "");
    if (!limit || out.some((l) => l.positional)) continue;
    const arg = site.args[p.index];
    const value = arg && isLimitArg(arg) ? arg : !arg ? p.default : void 0;
    if (value) out.push({ path: p.name, limit, value, positional: true, ...!arg ? { provenance: "callee default" } : {} });
  }
  collect(site, site.options, "", "", 0, out);
  return out;
}
function isLimitArg(v) {
  return v.k !== "fn" && v.k !== "obj" && v.k !== "arr";
}
function collect(site, options2, prefix2, container, depth, out) {
  for (const [key, value] of options2) {
    const path5 = prefix2 ? `${prefix2}.${key}` : key;
    if (value.k === "obj") {
      if (depth < 3 && !PAYLOAD.test(key)) collect(site, value.props, path5, key, depth + 1, out);
      continue;
    }
    const limit = kindOfKey(site, key, container) ?? catalogued(site, path5);
    if (value.k === "str" && !limit) {
      const m = URL_PARAM.exec(value.v);
      if (m) out.push({ path: `${path5}#${m[1]}`, limit: "connections", value: { k: "num", v: Number(m[2]), at: value.at, text: m[2] } });
      continue;
    }
    if (limit) out.push({ path: path5, limit, value });
  }
}
function kindOfKey(site, key, container) {
  if (OFFLINE_QUEUE.test(key)) return "queue";
  if (NOT_A_BOUND.test(key) && !QUEUE_KEY.test(key)) return void 0;
  if (QUEUE_KEY.test(key)) return "queue";
  if (SOCKET_KEY.test(key)) return "sockets";
  if (CONNECTION_KEY.test(key)) return "connections";
  if (TASK_KEY.test(key)) return "tasks";
  if (key === "max" || key === "maxConcurrent") {
    if (RATE_CONTAINER.test(container)) return "rate";
    if (key === "maxConcurrent") return "tasks";
    if (POOL_CONTAINER.test(container) || !container && POOL_SITE.test(site.key)) return "connections";
  }
  if (key === "limit" && (RATE_CONTAINER.test(container) || !container && THROTTLE_SITE.test(site.key))) return "rate";
  if (key === "rate" && FLOW_CONTROL.test(container)) return "rate";
  return void 0;
}
function catalogued(site, path5) {
  const table = site.defaults?.limits;
  if (!table || !Object.hasOwn(table, path5) || [...site.options.keys()].some((k) => BATCH_HANDLER.test(k))) return void 0;
  return "tasks";
}
function urlNotLiteral(site, path5, limit) {
  const hash = path5.indexOf("#");
  if (hash < 0) return void 0;
  let v;
  let props = site.options;
  for (const key of path5.slice(0, hash).split(".")) {
    v = props?.get(key);
    props = v?.k === "obj" ? v.props : void 0;
  }
  if (!v || v.k === "str" || v.k === "null") return void 0;
  return { path: path5, limit, value: v.k === "env" ? v : { k: "unknown", text: describe(v), at: v.at }, ...v.k === "env" ? {} : { provenance: "named" } };
}
function fromOpaqueSpread(site, path5, limit) {
  const unknown = (at) => ({ path: path5, limit, value: { k: "unknown", text: "set by a spread", at }, provenance: "named" });
  for (const a of site.args) if (a.k === "obj" && a.opaque) return unknown(a.at);
  let props = site.options;
  for (const key of path5.split("#")[0].split(".").slice(0, -1)) {
    const v = props.get(key);
    if (!v || v.k !== "obj") return void 0;
    if (v.opaque) return unknown(v.at);
    props = v.props;
  }
  return void 0;
}
function read(site, o, present) {
  const { path: path5, limit, value: v } = o;
  const common = { kind: "limit", path: path5, limit, value: v, positional: !!o.positional, present };
  if (v.k === "null") {
    const d = defaultOf2(site, path5);
    const amount2 = d === null ? Infinity : typeof d === "number" ? d : void 0;
    const described = typeof d === "string" ? d : void 0;
    const shown3 = amount2 === void 0 ? `unset (${described ?? "the library default"})` : isSwitch(path5) ? `unset (default ${amount2 === Infinity})` : amount2 === Infinity ? "unset (no limit)" : `unset (default ${amount2})`;
    return { ...common, ...amount2 !== void 0 ? { amount: amount2 } : {}, shown: shown3, reads: phrase(amount2, limit, path5, described), at: v.at, provenance: "library default" };
  }
  const provenance = o.provenance ?? provenanceOf(v);
  if (v.k === "env") {
    const amount2 = v.fallback ? amountOf(v.fallback, path5) : void 0;
    const reads = `${phrase(amount2, limit, path5)} unless \`${v.name}\` is set`;
    return { ...common, ...amount2 !== void 0 ? { amount: amount2 } : {}, shown: `set from the environment (\`${describe(v)}\`)`, reads, env: v.name, at: v.at, provenance };
  }
  const amount = amountOf(v, path5);
  const shown2 = v.k === "bool" || v.k === "num" ? describe(v) : `\`${describe(v)}\``;
  return { ...common, ...amount !== void 0 ? { amount } : {}, shown: shown2, reads: phrase(amount, limit, path5), at: v.at, provenance };
}
function amountOf(v, path5) {
  const key = path5.split(".").pop() ?? path5;
  if (v.k === "bool" && OFFLINE_QUEUE.test(key)) return v.v ? Infinity : 0;
  let n;
  if (v.k === "num") n = v.v;
  else if (v.k === "str" && /^\s*\d+\s*$/.test(v.v)) n = Number(v.v);
  else if (v.k === "call" && /^(Number|parseInt)$/.test(v.callee) && v.args[0]) return amountOf(v.args[0], path5);
  if (n === void 0 || Number.isNaN(n)) return void 0;
  if (n === Infinity || n >= Number.MAX_SAFE_INTEGER) return Infinity;
  if (n === 0 && ZERO_IS_UNLIMITED.test(key)) return Infinity;
  return n;
}
function defaultOf2(site, path5) {
  const table = site.defaults?.limits;
  if (!table) return void 0;
  const param = path5.includes("#") ? path5.slice(path5.indexOf("#")) : void 0;
  if (Object.hasOwn(table, path5)) return table[path5];
  return param && Object.hasOwn(table, param) ? table[param] : void 0;
}
function isSwitch(path5) {
  return OFFLINE_QUEUE.test(path5.split(".").pop() ?? "");
}
function phrase(amount, limit, path5, described) {
  if (amount === void 0) return described ?? "the library default";
  if (isSwitch(path5)) return amount === Infinity ? "commands queue without limit while disconnected" : "commands fail fast while disconnected";
  if (amount === Infinity) return { tasks: "all at once", connections: "no connection limit", sockets: "unlimited sockets per host", rate: "no rate limit", queue: "unlimited waiting" }[limit];
  const n = amount;
  switch (limit) {
    case "tasks":
      return n === 1 ? "one at a time" : `${n} at a time`;
    case "connections":
      return n === 1 ? "1 connection" : `${n} connections`;
    case "sockets":
      return `${n} socket${n === 1 ? "" : "s"} per host`;
    case "rate":
      return `${n} per window`;
    case "queue":
      return `${n} waiting`;
  }
}

// rules/shared/at-once.ts
function isLimiterModule(concurrency) {
  return !!concurrency && LIMITER_MODULES.includes(concurrency);
}
var CHUNKING = /\b(_\.)?(chunk|chunks|chunked|chunkArray|chunkify|toChunks|inChunks|splitEvery|splitIntoChunks|batch|batches|batched|batchOf|inGroupsOf)\s*\(/;
var CHUNKED_NAME = /(chunks|batches)$/i;
var STEP = /\+=\s*([\w.]+)\s*\)\s*$/;
function batchOf(loop) {
  if (loop.parallel) return void 0;
  const call = CHUNKING.exec(loop.over);
  if (call) {
    const args = loop.over.slice(call.index + call[0].length).replace(/\)\s*$/, "").split(",").map((s) => s.trim());
    const size = args.length > 1 ? args[args.length - 1] : void 0;
    return sized(size);
  }
  if (loop.kind === "for") {
    const step = STEP.exec(loop.header);
    if (step && step[1] !== "1") return sized(step[1]);
    return void 0;
  }
  if ((loop.kind === "for-of" || loop.kind === "for-await") && CHUNKED_NAME.test(loop.over)) return { text: `batches of \`${loop.over}\`` };
  return void 0;
}
function sized(size) {
  if (size && /^\d+$/.test(size.replace(/_/g, ""))) {
    const n = Number(size.replace(/_/g, ""));
    return { size: n, text: `batches of ${n}` };
  }
  return size ? { text: `batches of \`${size}\`` } : { text: "batches" };
}
function collectionNames(over) {
  return new Set([...over.matchAll(/[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*(?!\s*\()/g)].map((m) => m[0].replace(/\?\./g, ".")));
}
function sameCollection(a, b) {
  const x = collectionNames(a);
  return [...collectionNames(b)].some((n) => x.has(n));
}
function atOnce(path5, sites, limitsOf2) {
  const m = multiplicityOf(path5.loops);
  const result = { unbounded: false, how: "sequential", text: "one at a time", degree: 0 };
  let batch;
  for (const f of m.factors) {
    if (f.bound === "literal") {
      if (batch) result.degree += 1;
      batch = void 0;
      if (f.parallel && f.capped && f.count !== void 0 && result.how === "sequential") {
        result.degree += 1;
        Object.assign(result, { how: "capped", loop: f, n: f.count, text: `at most ${f.count} at once, \`${f.over}\` cut to \`${f.capped}\`` });
      }
      continue;
    }
    if (!f.parallel) {
      const b = batchOf(f);
      if (b) {
        if (batch) result.degree += 1;
        batch = { ...b, loop: f };
        continue;
      }
      result.degree += 1;
      batch = void 0;
      continue;
    }
    result.degree += 1;
    if (f.concurrency) {
      Object.assign(result, { how: "limiter", loop: f, ...loopLimiter(f, sites, limitsOf2) });
    } else if (batch) {
      Object.assign(result, { how: "batch", loop: batch.loop, text: batch.text, ...batch.size !== void 0 ? { n: batch.size } : {} });
    } else if (!result.unbounded) {
      result.unbounded = true;
      result.parallel = f;
    }
    batch = void 0;
  }
  if (batch) result.degree += 1;
  return result;
}
function loopLimiter(loop, sites, limitsOf2) {
  const c = loop.concurrency;
  const tasks = (s) => taskLimit(limitsOf2(s));
  let candidates;
  if (isLimiterModule(c)) {
    candidates = sites.filter((s) => s.file === loop.file && tasks(s) && !s.loops.length && (FIRST_ARG_LIMIT.test(s.key) || /PQueue|Bottleneck|Sema|Throttle/i.test(s.key)));
    if (candidates.length !== 1) return loop.sharedLimit ? { n: loop.sharedLimit, text: `${loop.sharedLimit} at a time`, limiter: c } : { text: "a bounded number at a time", limiter: c };
  } else {
    candidates = sites.filter((s) => s.file === loop.file && s.fnId === loop.fnId && s.span.line === loop.line && tasks(s));
  }
  const site = candidates[0];
  const limit = site ? tasks(site) : void 0;
  const limiter = site ? site.key : loop.header.replace(/\(\.\.\.\)$/, "");
  if (!limit) return /^\d+$/.test(c) ? { n: Number(c), text: `${c} at a time`, limiter } : { text: `\`${c}\` at a time`, limiter };
  const from = { limiter, limiterSite: site, limiterPath: limit.path };
  if (limit.amount !== void 0 && Number.isFinite(limit.amount)) return { n: limit.amount, text: limit.reads, ...from };
  return { text: `${limit.shown} at a time`, ...from };
}
function limitedKind(site, entries) {
  if (site.kind !== "other") return site.kind;
  if (/(^|[ .])Worker$/.test(site.key)) return "queue";
  const kinds = [];
  for (const entry of entries) {
    for (const p of entry.headPaths) {
      if (p.effect.local || p.effect.kind === "other") continue;
      const under = p.loops.some((l) => l.file === site.file && (l.line === site.span.line && l.fnId === site.fnId || isLimiterModule(l.concurrency)));
      if (under) kinds.push(p.effect.kind);
    }
  }
  return kinds.find((k) => k === "db") ?? kinds.find((k) => k === "network") ?? kinds[0] ?? "other";
}
function pairLoopRoutes(entry, unused, atOnceOf, chosen) {
  const out = [];
  const alternate = /* @__PURE__ */ new Set([...entry.baseAlternates ?? [], ...entry.headAlternates ?? []]);
  const heads = [...entry.headPaths, ...entry.headAlternates ?? []].sort((x, y) => rankOf(entry, x) - rankOf(entry, y));
  for (const h of heads) {
    const after = atOnceOf.head(h);
    const loop = chosen(after);
    if (!loop) continue;
    const fits = (b2) => !alternate.has(h) && !alternate.has(b2) || b2.loops.some((l) => l.file === loop.file && l.fnId === loop.fnId && sameCollection(l.over, loop.over));
    let i = unused.findIndex((b2) => b2.effect.key === h.effect.key && b2.fnId === h.fnId && b2.callText === h.callText && fits(b2));
    if (i < 0) i = unused.findIndex((b2) => b2.effect.key === h.effect.key && b2.loops.some((l) => l.file === loop.file && l.fnId === loop.fnId) && fits(b2));
    if (i < 0) continue;
    const b = unused.splice(i, 1)[0];
    const before = atOnceOf.base(b);
    if (before.unbounded || before.degree !== after.degree || before.degree === 0) continue;
    out.push({ b, h, before, after, loop });
  }
  return out;
}
function rankOf(entry, p) {
  return entry.basePaths.some((b) => b.fnId === p.fnId && b.callText === p.callText) ? 0 : 1;
}

// rules/concurrency-changed.ts
var DEFAULTS3 = { raiseFactor: 2, cutFactor: 4, poolLowerFactor: 4 };
var concurrency_changed_default = defineRule({
  id: "concurrency-changed",
  category: "concurrency",
  severity: "high",
  docs: {
    summary: "A concurrency limit or pool size was removed or changed, or sequential, limited or batched I/O now runs for every item at once.",
    why: "A limit is what keeps a burst of work from becoming a burst on the database or a downstream service: without it a 10,000-item list opens 10,000 requests at once, exhausts connection pools and trips rate limits; a larger pool multiplies the connections every process opens, a smaller one makes requests queue.",
    fix: "Keep a bound on work that fans out (p-limit, p-map `concurrency`, a batch loop); size pools against the database's connection budget divided by the number of processes, and say in the code why a limit changed.",
    notFor: [
      `A limit added where there was none, or parallel work that stays bounded by the same or a lower limit (a limiter, \`concurrency\`, batches, a literal list); sequential work made parallel fewer than ${DEFAULTS3.raiseFactor} at a time (the \`raiseFactor\` option).`,
      "A limit reformatted, renamed, moved into a shared constant or a spread of defaults that holds the same value.",
      "Values set from the environment without a default in the code: opsdiff says so rather than guessing them.",
      "New I/O in a loop: that is the fan-out rule (io-in-loop).",
      `A task limit lowered (work only waits longer), or a pool or socket limit lowered by less than ${DEFAULTS3.poolLowerFactor}x (the \`poolLowerFactor\` option) or on a client not known to be I/O (a configuration default).`
    ]
  },
  messages: {
    removed: "{{what}} {{how}}: {{before}} -> {{after}}.",
    raised: "{{what}} was raised: {{before}} -> {{after}} ({{factor}}{{impact}}).",
    lowered: "{{what}} was lowered: {{before}} -> {{after}}; work beyond the limit now waits its turn.",
    madeParallel: "Sequential `{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` became unbounded parallel: one at a time -> all N items of `{{over}}` at once.",
    limiterDropped: "`{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` lost their `{{limiter}}` limit: {{before}} -> all N items of `{{over}}` at once.",
    capRemoved: "`{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` ran at once over a capped list ({{before}}); now over all N items of `{{over}}` at once.",
    batchUnbounded: "Batched `{{callee}}` ({{kind}}){{more}} calls in `{{entry}}` are no longer chunked: {{before}} -> all N items of `{{over}}` at once."
  },
  options: {
    defaults: DEFAULTS3,
    schema: {
      raiseFactor: { type: "number", exclusiveMinimum: 1, description: "A limit raised by this factor or more on remote work is reported at medium severity (below it, low); sequential work made parallel is reported (low) from this many at a time." },
      cutFactor: { type: "number", exclusiveMinimum: 1, description: "A pool or socket limit lowered by this factor or more on remote work is reported at medium severity (below it, low)." },
      poolLowerFactor: { type: "number", minimum: 1, description: "A pool or socket limit of a known client lowered by this factor or more is reported." }
    }
  },
  check(view, options2) {
    const limits = (site) => view.options.of(site, limitsOf);
    const sites = view.sites;
    const at = { base: (p) => atOnce(p, sites.base, limits), head: (p) => atOnce(p, sites.head, limits) };
    const ctx = { view, o: options2, limits, atOnce: at };
    const out = [];
    const handled = /* @__PURE__ */ new Set();
    for (const { base, head } of view.settings) {
      if (!base || !head || base.role || head.role) continue;
      if (taskLimit(ctx.limits(base))) handled.add(`${head.file}:${head.span.line}`);
      out.push(...compareSites2(base, head, ctx));
    }
    for (const entry of view.entries) out.push(...checkEntry2(entry, handled, ctx));
    return out;
  }
});
function compareSites2(base, head, ctx) {
  const out = [];
  for (const { before, after } of limitPairs(base, ctx.limits(base), head, ctx.limits(head))) {
    const [b, a, kind] = [before.amount, after.amount, before.limit];
    if (b === void 0 || b === Infinity) continue;
    let messageId;
    if (a === Infinity) messageId = "removed";
    else if (a === void 0) messageId = !after.present ? "removed" : void 0;
    else if (kind === "queue") messageId = void 0;
    else if (a > b) messageId = "raised";
    else if (a < b && (kind === "connections" || kind === "sockets") && head.kind !== "other" && a > 0 && b / a >= ctx.o.poolLowerFactor) messageId = "lowered";
    if (messageId) out.push(optionFinding2(messageId, head, before, after, ctx));
  }
  return out;
}
function optionFinding2(messageId, head, before, after, ctx) {
  const { path: path5, limit: kind } = before;
  const option = path5.includes("#") ? path5.slice(path5.indexOf("#") + 1) : path5;
  const where = path5.includes("#") ? ` in \`${path5.slice(0, path5.indexOf("#"))}\`` : "";
  const what = (before.present ? before : after).positional ? `The limit of \`${head.key}\`` : `\`${option}\`${where} on \`${head.key}\``;
  const { ratio, factor } = change(before.amount, after.amount);
  const target = limitedKind(head, ctx.view.entries);
  const on = { db: ", on the same database", cache: ", on the same cache", network: ", on the same service", queue: ", on the same broker", other: "" }[target];
  const impact = messageId === "raised" && (kind === "connections" || kind === "sockets") ? ` per process${on}` : "";
  const afterText = after.reads + (!after.present && Number.isFinite(after.amount) ? " by default" : "");
  const [was, now] = [setAt(before), setAt(after)];
  const anchor = anchorOf(ctx.view, head, now);
  const related = [...anchor.related];
  if (was) related.push(lineAt("base", was, `before: ${path5} = ${before.shown}`));
  if (now && !anchor.atOrigin && now.file !== head.file) related.push(lineAt("head", now, `set here: ${path5} = ${after.shown}`));
  const remote = target !== "other";
  const severity = messageId === "removed" ? kind === "queue" || !remote || after.amount === void 0 ? "medium" : "high" : severityOf3(remote, ratio, messageId === "raised" ? ctx.o.raiseFactor : ctx.o.cutFactor);
  const side3 = (l, bound2) => sideOf(path5, l.shown, setAt(l) ? l.value : void 0, { bound: bound2, ...finite(l.amount) ? { limit: l.amount } : {} });
  return {
    messageId,
    severity,
    data: { what, option, callee: head.key, how: after.present ? `is now ${after.shown}` : "was removed", before: before.reads, after: afterText, factor, impact },
    at: { side: "head", file: anchor.file, span: anchor.span },
    related,
    effect: { kind: target, callee: head.key },
    before: side3(before, before.reads),
    after: side3(after, afterText),
    identity: `${head.fnId}|${head.key}|${path5}|${messageId}`
  };
}
var finite = (n) => n !== void 0 && Number.isFinite(n);
function change(before, after) {
  if (!finite(before) || !finite(after) || before <= 0 || after <= 0) return { factor: "" };
  const ratio = after > before ? after / before : before / after;
  return { ratio, factor: `${after > before ? "" : "1/"}${formatFactor(ratio)}` };
}
function severityOf3(remote, ratio, factor) {
  return remote && ratio !== void 0 && ratio >= factor ? "medium" : "low";
}
function checkEntry2(entry, handled, ctx) {
  if (!entry.head || !entry.base) return [];
  const open = (loop) => loop && !handled.has(`${loop.file}:${loop.line}`) ? loop : void 0;
  const unused = [...entry.basePaths, ...entry.baseAlternates ?? []];
  const candidates = [];
  for (const pair2 of pairLoopRoutes(entry, unused, ctx.atOnce, (a) => a.unbounded ? open(a.parallel) : void 0)) {
    const { before, after } = pair2;
    if (before.how === "limiter" && !!before.limiterSite && after.parallel.header.replace(/\(\.\.\.\)$/, "") === before.limiterSite.text) continue;
    const messageId = before.how === "batch" ? "batchUnbounded" : before.how === "limiter" ? "limiterDropped" : before.how === "capped" ? "capRemoved" : "madeParallel";
    candidates.push({ messageId, ...pair2 });
  }
  const bounded = (a) => !a.unbounded && (a.how === "limiter" || a.how === "batch") && a.n !== void 0 ? open(a.loop) : void 0;
  for (const pair2 of pairLoopRoutes(entry, unused, ctx.atOnce, bounded)) {
    const { before, after } = pair2;
    const from = before.how === "sequential" ? 1 : before.how === "batch" || before.how === "limiter" && after.how === "batch" ? before.n : void 0;
    if (from === void 0 || after.n <= from || before.how === "sequential" && after.n < ctx.o.raiseFactor) continue;
    candidates.push({ messageId: "raised", ...pair2 });
  }
  const byLoop = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    const key = `${c.loop.file}:${c.loop.line}:${c.loop.column}`;
    byLoop.set(key, [...byLoop.get(key) ?? [], c]);
  }
  return [...byLoop.values()].map((list) => {
    list.sort((x, y) => weight(y.h) - weight(x.h));
    const others = new Set(list.slice(1).map((c) => c.h.effect.key));
    others.delete(list[0].h.effect.key);
    return loopFinding2(entry, list[0], [...others], ctx);
  });
}
function weight(p) {
  if (p.effect.local) return 0;
  return p.effect.kind === "other" ? 1 : p.effect.confidence === "low" ? 2 : 3;
}
function loopFinding2(entry, c, others, ctx) {
  const { b, h, before, after, messageId, loop } = c;
  const entryName = entry.head.fnId;
  const related = [lineAt("head", { file: h.file, line: h.span.line }, `the ${h.effect.kind} call: ${h.callText}`)];
  const baseLoop = before.loop ?? multiplicityOf(b.loops).factors[0];
  if (baseLoop) related.push(lineAt("base", { file: baseLoop.file, line: baseLoop.line }, `before: ${baseLoop.header} (${before.text})`));
  related.push(lineAt("base", { file: b.file, line: b.span.line }, `before: ${b.callText}`));
  const more = others.length === 0 ? "" : others.length <= 2 ? ` and ${others.map((k) => `\`${k}\``).join(", ")}` : ` and ${others.length} other`;
  const data = { callee: h.effect.key, kind: h.effect.kind, entry: entryName, over: loop.over, before: before.text, limiter: before.limiter ?? "", more };
  let severity = loopSeverity(h);
  if (messageId === "raised") {
    const { ratio, factor } = change(before.how === "sequential" ? 1 : before.n, after.n);
    Object.assign(data, { what: `The concurrency of \`${h.effect.key}\` (${h.effect.kind})${more} calls in \`${entryName}\``, after: after.text, factor, impact: "" });
    severity = before.how === "sequential" ? "low" : severityOf3(!h.effect.local && h.effect.kind !== "other", ratio, ctx.o.raiseFactor);
  }
  return {
    messageId,
    severity,
    data,
    at: { side: "head", file: loop.file, span: { line: loop.line, column: loop.column, endLine: loop.line, endColumn: loop.column } },
    related,
    effect: { kind: h.effect.kind, callee: h.effect.key },
    before: {
      value: before.text,
      ...before.how === "sequential" ? { limit: 1 } : before.n !== void 0 ? { limit: before.n } : {},
      ...baseLoop ? { loop: baseLoop.header, setAt: `${baseLoop.file}:${baseLoop.line}` } : {},
      site: `${b.file}:${b.span.line}`
    },
    after: {
      value: after.unbounded ? "all at once" : after.text,
      ...after.unbounded ? { over: loop.over } : { limit: after.n },
      loop: loop.header,
      setAt: `${loop.file}:${loop.line}`,
      site: `${h.file}:${h.span.line}`,
      path: [entryName, ...h.steps.map((s) => s.targetId), h.effect.key].join(" -> ")
    },
    identity: `${entryName}|${h.effect.key}|${messageId}|${h.fnId}|${h.callText}`
  };
}
function loopSeverity(h) {
  if (h.effect.local) return "low";
  if (h.effect.kind === "other" || h.effect.confidence === "low") return "medium";
  return "high";
}

// rules/index.ts
var RULES = [io_in_loop_default, timeout_changed_default, retry_changed_default, concurrency_changed_default];

// src/config/types.ts
var DEFAULT_THRESHOLDS = { timeoutRaiseFactor: 5, timeoutCeilingMs: 6e4, smallLoop: 10 };
var THRESHOLD_OPTIONS = {
  timeoutRaiseFactor: { rule: "timeout-changed", option: "raiseFactor" },
  timeoutCeilingMs: { rule: "timeout-changed", option: "ceilingMs" },
  smallLoop: { rule: "io-in-loop", option: "smallLoop" }
};
function configuredOptions(config, ruleId) {
  const out = {};
  for (const [key, { rule, option }] of Object.entries(THRESHOLD_OPTIONS)) if (rule === ruleId && config?.thresholds) out[option] = config.thresholds[key];
  return { ...out, ...config?.ruleOptions?.[ruleId] };
}

// src/parse/cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/version.ts
import { createRequire as createRequire2 } from "node:module";
var require2 = createRequire2(import.meta.url);
function readVersion() {
  for (const candidate of ["../package.json", "../../package.json"]) {
    try {
      const pkg = require2(candidate);
      if (pkg.name === "opsdiff" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var VERSION = readVersion();

// src/parse/cache.ts
var MAX_BYTES = 256 * 1024 * 1024;
var MAX_BYTES_PER_RUN = 48 * 1024 * 1024;
var KEPT_BUILDS = 3;
var FactsCache = class _FactsCache {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  stats = { hits: 0, written: 0 };
  writtenBytes = 0;
  broken = false;
  shards = /* @__PURE__ */ new Set();
  /**
   * The cache of this build in `root`, for facts read with these client names; undefined when the
   * build cannot be named (unbundled code, whose hash would not cover the extraction) or the
   * directory cannot be made.
   */
  static open(root, tellingNames) {
    const build3 = buildId();
    if (!build3) return void 0;
    const names = tellingNames.map((r) => `${r.source}/${r.flags}`).join("\n");
    const key = createHash("sha256").update(`${build3}
${names}`).digest("hex").slice(0, 20);
    const dir = join2(root, `facts-${key}`);
    try {
      for (const level of [join2(root, ".."), root, dir]) makeDir(level);
      const now = /* @__PURE__ */ new Date();
      utimesSync(dir, now, now);
      pruneBuilds(root);
      if (readSize(dir) > MAX_BYTES) {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
      }
    } catch {
      return void 0;
    }
    return new _FactsCache(dir);
  }
  get(oid, path5) {
    if (this.broken) return void 0;
    let bytes;
    try {
      bytes = readFileSync(this.file(oid, path5));
    } catch {
      return void 0;
    }
    try {
      const entry = decodeFacts(bytes);
      if (entry.path !== path5 || entry.facts?.path !== path5) return void 0;
      this.stats.hits++;
      return entry.facts;
    } catch {
      return void 0;
    }
  }
  put(oid, path5, facts) {
    if (this.broken || this.writtenBytes > MAX_BYTES_PER_RUN) return;
    let bytes;
    try {
      bytes = encodeFacts({ path: path5, facts });
    } catch {
      return;
    }
    const file = this.file(oid, path5);
    const partial = `${file}.${process.pid}`;
    try {
      const shard = oid.slice(0, 2);
      if (!this.shards.has(shard)) {
        makeDir(join2(this.dir, shard));
        this.shards.add(shard);
      }
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      this.writtenBytes += bytes.length;
      this.stats.written++;
    } catch {
      this.broken = true;
      rmSync(partial, { force: true });
    }
  }
  /** Adds what this run wrote to the build's size (a lost update among concurrent runs only delays the emptying). */
  close() {
    if (this.writtenBytes === 0) return;
    try {
      const sizeFile = join2(this.dir, "size");
      writeFileSync(`${sizeFile}.${process.pid}`, String(readSize(this.dir) + this.writtenBytes));
      renameSync(`${sizeFile}.${process.pid}`, sizeFile);
    } catch {
    }
  }
  file(oid, path5) {
    const pathHash = createHash("sha1").update(path5).digest("hex").slice(0, 12);
    return join2(this.dir, oid.slice(0, 2), `${oid}-${pathHash}.facts`);
  }
};
function buildId() {
  if (false) return void 0;
  try {
    const bundle = readFileSync(fileURLToPath2(import.meta.url));
    return `${VERSION}
${typescript_default.version}
${process.version}
${createHash("sha256").update(bundle).digest("hex")}`;
  } catch {
    return void 0;
  }
}
function readSize(dir) {
  try {
    return Number(readFileSync(join2(dir, "size"), "utf8")) || 0;
  } catch {
    return 0;
  }
}
function pruneBuilds(root) {
  const builds = readdirSync(root).filter((name) => name.startsWith("facts-")).map((name) => ({ name, used: statSync(join2(root, name)).mtimeMs })).sort((a, b) => b.used - a.used);
  for (const old of builds.slice(KEPT_BUILDS)) rmSync(join2(root, old.name), { recursive: true, force: true });
}
function makeDir(dir) {
  try {
    mkdirSync(dir);
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
}

// src/report/describe.ts
var SEVERITIES = ["high", "medium", "low"];
var ABSENT = "none";
var MAX_JSON_CHARS = 160;
function describeSide(detail) {
  if (detail === null) return ABSENT;
  const { summary, multiplicity, value } = detail;
  if (isText(summary)) return String(summary);
  if (isText(multiplicity)) return `${String(multiplicity)} per invocation`;
  if (isText(value)) return String(value);
  const { path: _path, loops: _loops, ...rest } = detail;
  const json = JSON.stringify(Object.keys(rest).length > 0 ? rest : detail);
  return json.length > MAX_JSON_CHARS ? `${json.slice(0, MAX_JSON_CHARS - 1)}\u2026` : json;
}
function describeChange(finding3) {
  return `${describeSide(finding3.before)} -> ${describeSide(finding3.after)}`;
}
function callPathOf(finding3) {
  const head = stringField(finding3.after, "path");
  const base = stringField(finding3.before, "path");
  if (head && base && head !== base) return `${head} (was ${base})`;
  return head ?? base;
}
function formatLocation(location) {
  return `${location.file}:${location.line}:${location.column}`;
}
function sameRevision(report) {
  return report.head !== "INDEX" && report.base === report.head;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function commitsOf(finding3, report) {
  const bySha = new Map(report.commits.map((commit) => [commit.sha, commit]));
  return finding3.commits.map((sha) => {
    const commit = bySha.get(sha);
    return commit ? { sha, commit } : { sha };
  });
}
function describeIntroduction(finding3, report, nameCommit) {
  const commits = commitsOf(finding3, report).map(({ sha, commit }) => nameCommit(shortSha(sha), commit?.subject));
  if (finding3.origin === void 0 && commits.length === 0) return void 0;
  const origin = finding3.origin === void 0 ? "" : ` (${finding3.origin})`;
  return `${commits.length > 0 ? commits.join("; ") : "unknown commit"}${origin}`;
}
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareText(a.ruleId, b.ruleId);
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding3 of [...findings].sort(compareFindings)) {
    const group = groups.get(finding3.location.file);
    if (group) group.push(finding3);
    else groups.set(finding3.location.file, [finding3]);
  }
  return [...groups].map(([file, grouped]) => ({ file, findings: grouped })).sort(
    (a, b) => SEVERITY_RANK[worstSeverity(b.findings)] - SEVERITY_RANK[worstSeverity(a.findings)] || compareText(a.file, b.file)
  );
}
function countBySeverity(findings) {
  const counts2 = { high: 0, medium: 0, low: 0 };
  for (const finding3 of findings) counts2[finding3.severity] += 1;
  return counts2;
}
function describeCounts(findings) {
  const counts2 = countBySeverity(findings);
  return SEVERITIES.filter((severity) => counts2[severity] > 0).map((severity) => `${counts2[severity]} ${severity}`).join(", ");
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => {
    switch (char) {
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "	":
        return "\\t";
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
    }
  });
}
function worstSeverity(findings) {
  return findings.reduce(
    (worst, finding3) => SEVERITY_RANK[finding3.severity] > SEVERITY_RANK[worst] ? finding3.severity : worst,
    "low"
  );
}
function isText(value) {
  return typeof value === "string" && value.length > 0 || typeof value === "number";
}
function stringField(detail, key) {
  const value = detail?.[key];
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engine.ts
var EXCLUDED_AS = {
  "**/*.test.*": "test file",
  "**/*.spec.*": "test file",
  "**/__tests__/**": "test file",
  "**/test/**": "test file",
  "**/tests/**": "test file",
  "**/e2e/**": "test file",
  "**/__mocks__/**": "mock",
  "**/*.stories.*": "story",
  "**/node_modules/**": "dependency",
  "**/dist/**": "build output",
  "**/build/**": "build output",
  "**/*.d.ts": "declaration file",
  "**/*.d.mts": "declaration file",
  "**/*.d.cts": "declaration file",
  "**/*.min.js": "minified file",
  "**/generated/**": "generated file",
  "**/__generated__/**": "generated file"
};
var DEFAULT_EXCLUDE = Object.keys(EXCLUDED_AS);
function leftOutReason(path5, excluded) {
  const glob = excluded.find((m) => m.match(path5))?.pattern;
  if (glob) return `${LEFT_OUT}${Object.hasOwn(EXCLUDED_AS, glob) ? EXCLUDED_AS[glob] : `excluded by configuration (exclude: ${JSON.stringify(glob)})`}`;
  return `${LEFT_OUT}outside the configuration's include`;
}
var MAX_ROUNDS = 16;
var MAX_INTERFACES = 400;
var MAX_IMPLEMENTERS2 = 200;
async function analyze(options2) {
  const repo = await openRepository(options2.cwd);
  const revs = await resolveRevisions(repo, { base: options2.base, head: options2.head, staged: options2.staged, env: options2.env });
  const blobs = BlobStore.open(repo);
  try {
    return await analyzeRevisions(repo, revs, blobs, options2);
  } finally {
    blobs.close();
  }
}
function stageTimer(env) {
  if ((env ?? process.env).OPSDIFF_TIMING !== "1") return () => {
  };
  let last = performance.now();
  return (stage, detail) => {
    const now = performance.now();
    globalThis.gc?.();
    const heapMb = (process.memoryUsage().heapUsed / 1e6).toFixed(0);
    process.stderr.write(`opsdiff timing: ${stage} ${(now - last).toFixed(0)} ms${detail ? ` (${detail})` : ""}, heap ${heapMb} MB
`);
    last = performance.now();
  };
}
async function analyzeRevisions(repo, revs, blobs, options2) {
  const timing = stageTimer(options2.env);
  const config = options2.config;
  const ruleSettings = config?.rules ?? {};
  const rules = (options2.rules ?? RULES).filter((r) => ruleSettings[r.id] !== "off");
  const catalog = config ? catalogFrom(config) : void 0;
  const exclude = options2.exclude ?? DEFAULT_EXCLUDE;
  const included = options2.include?.map((g) => new Minimatch(g, { dot: true })) ?? [];
  const excluded = exclude.map((g) => new Minimatch(g, { dot: true }));
  const isInScope = (path5) => (included.length === 0 || included.some((m) => m.match(path5))) && !excluded.some((m) => m.match(path5));
  const changed = [];
  const leftOut = [];
  for (const f of await listChangedFiles(repo, revs)) {
    const here = isInScope(f.path);
    if (here && (f.oldPath === null || f.status === "renamed" || isInScope(f.oldPath))) changed.push(f);
    else leftOut.push({ path: f.path, reason: leftOutReason(here ? f.oldPath : f.path, excluded) });
  }
  const [baseFiles, headFiles, hunks, commits] = await Promise.all([
    listFiles(repo, revs.base),
    listFiles(repo, revs.head),
    changed.length ? diffHunks(repo, revs, pathsOf(changed)) : Promise.resolve(/* @__PURE__ */ new Map()),
    listCommits(repo, revs)
  ]);
  timing("changes", `${changed.length} files`);
  const changedPaths = changed.flatMap((f) => [f.path, ...f.oldPath ? [f.oldPath] : []]);
  const cache2 = options2.cacheDir ? FactsCache.open(options2.cacheDir, (catalog ?? DEFAULT_CATALOG).namePatterns) : void 0;
  const workspace = new Workspace(blobs, { base: revs.base, head: revs.head }, { base: baseFiles, head: headFiles }, changedPaths, { workers: options2.workers ?? true, ...catalog ? { catalog } : {}, ...cache2 ? { cache: cache2 } : {} });
  try {
    const importerSearch = new AbortController();
    const firstImporterSearch = options2.followImporters === false ? void 0 : searchImporters(repo, revs, changed.filter((f) => f.status !== "deleted" && f.status !== "added").map((f) => f.path), importerSearch.signal);
    firstImporterSearch?.catch(() => void 0);
    const failures = await workspace.load(sidesOf(changed));
    timing("load", `${workspace.base.loaded.size} base + ${workspace.head.loaded.size} head files`);
    if (options2.env?.["OPSDIFF_DEBUG"] === "1") for (const [path5, stack] of workspace.internalErrors) process.stderr.write(`opsdiff: internal error while reading ${path5}:
${stack}
`);
    const skipped = [...leftOut];
    const focus = [];
    for (const f of changed) {
      const reason = failures.get(f.path) ?? (f.oldPath ? failures.get(f.oldPath) : void 0);
      if (reason) skipped.push({ path: f.path, reason });
      else if (f.status !== "deleted" && workspace.head.loaded.get(f.path)?.generated) skipped.push({ path: f.path, reason: `${LEFT_OUT}generated file` });
      else focus.push(f);
    }
    const baseFileOf = /* @__PURE__ */ new Map();
    for (const f of focus) baseFileOf.set(f.path, f.status === "added" ? null : f.oldPath ?? f.path);
    markTouched(workspace, focus, hunks);
    const sides = sidesOf(focus);
    const notes = [];
    const findImplementers = (names) => implementersOf(repo, revs, workspace, names, isInScope);
    let round = 0;
    const follow = async () => {
      if (!workspace.wanting) return false;
      if (++round > MAX_ROUNDS) {
        workspace.forgetWanted();
        return false;
      }
      const loaded = await workspace.loadWanted(findImplementers);
      timing(`follow ${round}`, `${loaded} files; ${workspace.base.loaded.size} base + ${workspace.head.loaded.size} head loaded`);
      return true;
    };
    do {
      do {
        workspace.base.model.summaries.prepare(sides.base);
        workspace.head.model.summaries.prepare(sides.head);
      } while (await follow());
      settingSites(workspace.base.model, sides.base);
      settingSites(workspace.head.model, sides.head);
    } while (await follow());
    timing("routes", `${round} rounds`);
    const budget = { capped: false };
    const importers = firstImporterSearch ? await findImporters(repo, revs, workspace, focus, isInScope, firstImporterSearch, importerSearch, budget) : [];
    timing("importers", `${importers.length} importers; ${workspace.head.loaded.size} head files loaded`);
    for (const p of importers) baseFileOf.set(p, p);
    sides.base.push(...importers);
    sides.head.push(...importers);
    let view;
    let all;
    for (; ; ) {
      view = viewOf(workspace, sides, focus, baseFileOf, hunks);
      timing("view", `${view.entries.length} entries`);
      all = workspace.wanting ? void 0 : collectFindings(rules, view, ruleSettings, config);
      if (all) timing("rules", `${all.length} findings`);
      if (!await follow()) break;
    }
    all ??= collectFindings(rules, view, ruleSettings, config);
    if (workspace.base.model.summaries.depthCut || workspace.head.model.summaries.depthCut) notes.push(`call chains deeper than ${MAX_CALL_DEPTH} calls were followed that far: I/O beyond them is not seen`);
    if (round > MAX_ROUNDS) notes.push(`files more than ${MAX_ROUNDS} steps of calls, types and imports away from the change were not loaded: what they do is unknown here`);
    if (budget.capped) notes.push(`callers in files the change did not touch: the search stopped at its budget (${MAX_IMPORTERS} callers, ${MAX_CANDIDATES} candidate files), so a loop in a caller beyond it is not seen`);
    const directives = /* @__PURE__ */ new Map();
    for (const path5 of sides.head) {
      const d = workspace.head.facts(path5)?.directives;
      if (d?.length) directives.set(path5, d);
    }
    const suppression = applySuppressions(all, directives, (file, line) => view.isChanged("head", file, line));
    notes.push(...suppression.notes);
    if (suppression.suppressed.length) notes.push(`${plural(suppression.suppressed.length, "finding")} suppressed in the code (opsdiff-ignore)`);
    const findings = options2.baseline ? suppression.kept.filter((f) => !options2.baseline.has(f.fingerprint)) : suppression.kept;
    if (findings.length < suppression.kept.length) notes.push(`${plural(suppression.kept.length - findings.length, "finding")} accepted in the baseline`);
    await attachSnippets(blobs, revs.head, findings);
    timing("report", `${view.entries.length} entries, ${findings.length} findings${cache2 ? `; facts cache: ${cache2.stats.hits} read, ${cache2.stats.written} written` : ""}`);
    const commitInfos = classifyCommits(commits, { ...options2.origin, ...config?.origin.length ? { extraPatterns: [...options2.origin?.extraPatterns ?? [], ...config.origin] } : {} });
    await attributeCommits(repo, revs, findings, commitInfos, view.isChanged);
    timing("origin");
    const risk = findings.reduce((r, f) => SEVERITY_RANK[f.severity] > SEVERITY_RANK[r] ? f.severity : r, "none");
    return {
      schemaVersion: 1,
      tool: { name: "opsdiff", version: VERSION },
      base: revs.base,
      head: revs.head,
      files: { analyzed: focus.map((f) => f.path).sort(), skipped: skipped.sort((a, b) => a.path < b.path ? -1 : 1) },
      commits: commitInfos,
      findings,
      rules: rules.map(ruleMeta),
      summary: { risk, findings: findings.length },
      notes
    };
  } finally {
    workspace.close();
    cache2?.close();
  }
}
async function listFiles(repo, rev) {
  const out = rev === "INDEX" ? await repo.run(["ls-files", "-z", "--cached"]) : await repo.run(["ls-tree", "-r", "-z", "--name-only", "--full-tree", rev], { allowedExitCodes: [0, 128] });
  return new Set(out.split("\0").filter(Boolean));
}
async function implementersOf(repo, revs, workspace, names, isInScope) {
  const needles = names.filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n)).slice(0, MAX_INTERFACES);
  const lines = (await grepWordLines(repo, revs.head, "implements", needles, SOURCE_GLOBS)).filter((l) => isInScope(l.path));
  const files = /* @__PURE__ */ new Set();
  for (const name of needles) {
    const word = new RegExp(`(?<![\\w$])${name}(?![\\w$])`);
    const found2 = lines.filter((l) => word.test(l.text.slice(l.text.indexOf("implements")))).map((l) => ({ file: l.path, cls: /\bclass\s+([\w$]+)/.exec(l.text)?.[1] ?? "" }));
    for (const impl of followedImplementers(found2)) files.add(impl.file);
  }
  return [...files].filter((p) => !workspace.head.loaded.has(p)).slice(0, MAX_IMPLEMENTERS2);
}
function sidesOf(files) {
  return {
    base: files.filter((f) => f.status !== "added" && f.oldPath).map((f) => f.oldPath),
    head: files.filter((f) => f.status !== "deleted").map((f) => f.path)
  };
}
function catalogFrom(config) {
  const libraries = config.clients.map((c) => ({
    label: c.label ?? c.module.replace(/^@/, "").split("/").pop() ?? c.module,
    modules: [c.module],
    kind: c.kind,
    exports: c.exports ?? { default: "handle", "*": "handle" },
    otherExports: (name) => /^(create|make|new|connect|get)[A-Z]/.test(name) ? "factory" : /^[A-Z]/.test(name) ? "constructor" : "handle",
    ...c.methods ? { only: c.methods } : {},
    ...c.batches ? { batches: c.batches } : {},
    ignore: ["on", "once", "off", "emit", "close", "quit", "disconnect"]
  }));
  const names = config.names.map((n) => ({ pattern: new RegExp(n.pattern), kind: n.kind, label: n.kind, methods: new RegExp(n.methods ?? ".") }));
  return new Catalog(libraries, names);
}
async function attachSnippets(blobs, head, findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.side === "head") byFile.set(f.location.file, [...byFile.get(f.location.file) ?? [], f]);
  await Promise.all(
    [...byFile].map(async ([file, list]) => {
      const blob = await blobs.read(head, file);
      if (blob?.kind !== "text") return;
      const lines = blob.text.split("\n");
      for (const f of list) {
        const wanted = /* @__PURE__ */ new Set([f.location.line, ...f.related.filter((r) => r.side === "head" && r.file === file).map((r) => r.line)]);
        f.snippet = [...wanted].sort((a, b) => a - b).filter((n) => lines[n - 1] !== void 0).map((n) => ({ line: n, text: lines[n - 1].replace(/\s+$/, "") }));
      }
    })
  );
}
function markTouched(workspace, focus, hunks) {
  const touched = /* @__PURE__ */ new Set();
  const baseToHead = renamedTo(focus);
  for (const f of focus) {
    const h = hunks.get(f.path);
    if (!h) continue;
    const basePath = f.oldPath ?? f.path;
    if (f.status !== "deleted") {
      for (const fn of workspace.head.facts(f.path)?.functions ?? []) if (spanTouched(fn.span, h.added, h.deletedAfter)) touched.add(`${f.path}\0${fn.id}`);
    }
    if (f.status !== "added") {
      for (const fn of workspace.base.facts(basePath)?.functions ?? []) if (spanTouched(fn.span, h.removed)) touched.add(`${f.path}\0${fn.id}`);
    }
  }
  workspace.head.model.touched = (file, id) => touched.has(`${file}\0${id}`);
  workspace.base.model.touched = (file, id) => touched.has(`${baseToHead.get(file) ?? file}\0${id}`);
  const changedHead = new Set(focus.map((f) => f.path));
  workspace.head.model.inChange = (file) => changedHead.has(file);
  workspace.base.model.inChange = (file) => changedHead.has(baseToHead.get(file) ?? file);
}
function spanTouched(span, lines, deletedAfter) {
  for (let line = span.line; line <= span.endLine; line++) if (lineInRanges(line, lines)) return true;
  return !!deletedAfter?.some((after) => after >= span.line && after < span.endLine);
}
function renamedTo(focus) {
  const baseToHead = /* @__PURE__ */ new Map();
  for (const f of focus) if (f.oldPath) baseToHead.set(f.oldPath, f.path);
  return baseToHead;
}
function viewOf(workspace, sides, focus, baseFileOf, hunks) {
  const baseToHead = renamedTo(focus);
  return buildView({
    base: { model: workspace.base.model, paths: sides.base },
    head: { model: workspace.head.model, paths: sides.head },
    baseFileOf: (f) => baseFileOf.get(f) ?? null,
    isChanged(side3, file, line) {
      const h = hunks.get(side3 === "head" ? file : baseToHead.get(file) ?? file);
      return !!h && lineInRanges(line, side3 === "head" ? h.added : h.removed);
    },
    touches(file, span) {
      const h = hunks.get(file);
      return !!h && spanTouched(span, h.added, h.deletedAfter);
    }
  });
}
function collectFindings(rules, view, overrides, config) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const meta = ruleMeta(rule);
    const found2 = rule.check(view, optionsOf(rule, configuredOptions(config, rule.id)));
    view.options.clear();
    for (const rf of found2) {
      const finding3 = {
        ruleId: rule.id,
        category: rule.category,
        severity: overrides[rule.id] && overrides[rule.id] !== "off" ? overrides[rule.id] : rf.severity,
        location: { file: rf.at.file, line: rf.at.span.line, column: rf.at.span.column, endLine: rf.at.span.endLine, endColumn: rf.at.span.endColumn },
        side: rf.at.side,
        message: renderMessage(rule.messages[rf.messageId] ?? rf.messageId, rf.data),
        effect: rf.effect,
        before: rf.before,
        after: rf.after,
        related: rf.related,
        why: meta.why,
        fix: meta.fix,
        helpUri: meta.helpUri,
        fingerprint: createHash2("sha256").update(`${rule.id}\0${rf.at.file}\0${rf.identity}`).digest("hex").slice(0, 32),
        commits: []
      };
      const option = finding3.before?.option ?? finding3.after?.option ?? "";
      const place = `${rule.id}\0${finding3.location.file}\0${finding3.location.line}\0${finding3.effect.callee}\0${String(option)}`;
      const prev = byPlace.get(place);
      const kept = !prev || SEVERITY_RANK[finding3.severity] > SEVERITY_RANK[prev.severity] || finding3.severity === prev.severity && pathLength(finding3) < pathLength(prev) ? finding3 : prev;
      if (prev) kept.related = mergeRelated(kept.related, kept === finding3 ? prev.related : finding3.related);
      byPlace.set(place, kept);
    }
  }
  return [...byPlace.values()].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : a.location.line - b.location.line));
}
function mergeRelated(a, b) {
  const keyOf = (r) => `${r.side}\0${r.file}\0${r.line}\0${r.message}`;
  const seen = new Set(a.map(keyOf));
  const out = [...a];
  for (const r of b) {
    if (seen.has(keyOf(r))) continue;
    seen.add(keyOf(r));
    out.push(r);
  }
  return out;
}
function pathLength(f) {
  const path5 = f.after?.path;
  return typeof path5 === "string" ? path5.split(" -> ").length : 0;
}
async function attributeCommits(repo, revs, findings, commits, isChanged) {
  if (revs.head === "INDEX" || commits.length === 0) return;
  const origins = new Map(commits.map((c) => [c.sha, c.origin]));
  const credit = (finding3, sha) => {
    finding3.commits = [sha];
    const origin = origins.get(sha);
    if (origin) finding3.origin = origin;
  };
  const toBlame = [];
  for (const f of findings) {
    const place = changedPlace(f, isChanged);
    if (!place) continue;
    if (commits.length === 1) credit(f, commits[0].sha);
    else toBlame.push({ finding: f, place });
  }
  await Promise.all(
    groupBySideAndFile(toBlame).map(async ({ side: side3, file, list }) => {
      const blame = side3 === "head" ? blameLines : removingCommits;
      const lines = await blame(repo, revs, file, list.map((x) => x.place.line));
      for (const { finding: finding3, place } of list) {
        const sha = lines.get(place.line);
        if (sha) credit(finding3, sha);
      }
    })
  );
}
function groupBySideAndFile(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const key = `${item.place.side}\0${item.place.file}`;
    const group = groups.get(key) ?? { side: item.place.side, file: item.place.file, list: [] };
    group.list.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
function changedPlace(f, isChanged) {
  const places = [
    { side: f.side, file: f.location.file, line: f.location.line },
    ...f.related.filter((r) => r.side === "head"),
    ...f.related.filter((r) => r.side === "base")
  ];
  const changed = places.find((p) => isChanged(p.side, p.file, p.line));
  return changed && { side: changed.side, file: changed.file, line: changed.line };
}

// src/config/load.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import path3 from "node:path";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree2(text, errors = [], options2 = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length2) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length: length2, parent: currentParent });
    },
    onObjectEnd: (offset, length2) => {
      ensurePropertyComplete(offset + length2);
      currentParent.length = offset + length2 - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length2);
    },
    onArrayBegin: (offset, length2) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length2) => {
      currentParent.length = offset + length2 - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length2);
    },
    onLiteralValue: (value, offset, length2) => {
      onValue({ type: getNodeType(value), offset, length: length2, parent: currentParent, value });
      ensurePropertyComplete(offset + length2);
    },
    onSeparator: (sep2, offset, length2) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length2) => {
      errors.push({ error, offset, length: length2 });
    }
  };
  visit(text, visitor, options2);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path5) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path5) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found2 = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found2 = true;
          break;
        }
      }
      if (!found2) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop of node.children) {
        const valueNode = prop.children[1];
        if (valueNode) {
          obj[prop.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function visit(text, visitor, options2 = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction2) {
    return visitFunction2 ? () => suppressedCallbacks === 0 && visitFunction2(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction2) {
    return visitFunction2 ? (arg) => suppressedCallbacks === 0 && visitFunction2(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction2) {
    return visitFunction2 ? (arg) => suppressedCallbacks === 0 && visitFunction2(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction2) {
    return visitFunction2 ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction2(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction2) {
    return visitFunction2 ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction2(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options2 && options2.disallowComments;
  const allowTrailingComma = options2 && options2.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options2.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind9;
(function(SyntaxKind10) {
  SyntaxKind10[SyntaxKind10["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind10[SyntaxKind10["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind10[SyntaxKind10["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind10[SyntaxKind10["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind10[SyntaxKind10["CommaToken"] = 5] = "CommaToken";
  SyntaxKind10[SyntaxKind10["ColonToken"] = 6] = "ColonToken";
  SyntaxKind10[SyntaxKind10["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind10[SyntaxKind10["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind10[SyntaxKind10["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind10[SyntaxKind10["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind10[SyntaxKind10["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind10[SyntaxKind10["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind10[SyntaxKind10["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind10[SyntaxKind10["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind10[SyntaxKind10["Trivia"] = 15] = "Trivia";
  SyntaxKind10[SyntaxKind10["Unknown"] = 16] = "Unknown";
  SyntaxKind10[SyntaxKind10["EOF"] = 17] = "EOF";
})(SyntaxKind9 || (SyntaxKind9 = {}));
var parseTree3 = parseTree2;
var findNodeAtLocation2 = findNodeAtLocation;
var getNodeValue2 = getNodeValue;
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/config/json.ts
var CONFIG_EXAMPLE = 'the configuration is a JSON object such as { "exclude": ["**/generated/**"] }';
var MAX_DEPTH3 = 64;
function parseJsonText(text, source, dialect) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const fail = (offset, problem, hint) => {
    const { line, column } = position(body, offset);
    throw new OpsdiffError("bad-config", `${source}:${line}:${column}: invalid JSON: ${problem}`, hint, dialect.file === void 0 ? void 0 : { file: dialect.file, line, column });
  };
  if (body.trim() === "") fail(body.length, "the file is empty", CONFIG_EXAMPLE);
  const errors = [];
  const options2 = { disallowComments: !dialect.jsonc, allowTrailingComma: dialect.jsonc, allowEmptyContent: false };
  let tree;
  try {
    tree = parseTree3(body, errors, options2);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    fail(0, `nesting too deep to parse (over ${MAX_DEPTH3} levels)`, CONFIG_EXAMPLE);
  }
  if (errors.length) {
    const { offset, problem, hint } = describeSyntaxError(body, errors[0], options2);
    fail(offset, problem, hint);
  }
  if (tree === void 0) return fail(0, "the file is empty", CONFIG_EXAMPLE);
  checkShape(tree, (offset, problem, hint) => fail(offset, problem, hint));
  const root = tree;
  return {
    value: getNodeValue2(root),
    locate(path5, key = false) {
      const node = findNodeAtLocation2(root, [...path5]);
      if (!node) return void 0;
      const at = key && node.parent?.type === "property" ? node.parent.children[0] : node;
      return position(body, at.offset);
    }
  };
}
function checkShape(tree, fail) {
  const stack = [[tree, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop();
    if (depth > MAX_DEPTH3) fail(node.offset, `nesting too deep (over ${MAX_DEPTH3} levels)`, CONFIG_EXAMPLE);
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Set();
      for (const property of node.children ?? []) {
        const name = property.children[0];
        if (seen.has(name.value)) fail(name.offset, `duplicate key ${JSON.stringify(name.value)}`, "a key may appear once in an object: merge the two");
        seen.add(name.value);
      }
    }
    for (const child of node.children ?? []) stack.push([child.type === "property" ? child.children[1] ?? child : child, depth + 1]);
  }
}
function describeSyntaxError(text, error, options2) {
  const context = contextAt(text, error.offset, options2);
  const token = text.slice(error.offset, error.offset + Math.max(error.length, 1));
  const got = error.offset >= text.length ? "end of file" : quoted(token);
  const before = previousSignificant(text, error.offset);
  const closing = text[error.offset];
  const code = printParseErrorCode(error.error);
  switch (code) {
    case "ValueExpected":
    case "PropertyNameExpected":
      if (before !== void 0 && text[before] === "," && (closing === "]" || closing === "}")) {
        return { offset: before, problem: `trailing comma before "${closing}"`, hint: `remove the comma after the last ${closing === "]" ? "item" : "member"}` };
      }
      if (code === "PropertyNameExpected") return { offset: error.offset, problem: `expected a key in double quotes, got ${got}`, hint: 'keys are strings in double quotes: { "exclude": ["src/**"] }' };
      return { offset: error.offset, problem: `expected a value, got ${got}`, hint: CONFIG_EXAMPLE };
    case "InvalidSymbol": {
      if (context === "after") return { offset: error.offset, problem: `unexpected ${got} after the end of the value`, hint: "a JSON file holds one value: remove what follows it" };
      const single = token.startsWith("'");
      const shown2 = single ? `"'"` : got;
      if (context === "key") return { offset: error.offset, problem: `expected a key in double quotes, got ${shown2}`, hint: 'keys are strings in double quotes: { "exclude": ["src/**"] }' };
      return { offset: error.offset, problem: `expected a value, got ${shown2}`, hint: single ? 'strings are in double quotes: "src/**"' : CONFIG_EXAMPLE };
    }
    case "CommaExpected":
    case "CloseBraceExpected":
    case "CloseBracketExpected": {
      const close = code === "CloseBraceExpected" ? "}" : code === "CloseBracketExpected" ? "]" : context === "array" ? "]" : "}";
      return { offset: error.offset, problem: `expected "," or "${close}", got ${got}`, hint: CONFIG_EXAMPLE };
    }
    case "ColonExpected":
      return { offset: error.offset, problem: `expected ":" after the key, got ${got}`, hint: CONFIG_EXAMPLE };
    case "EndOfFileExpected":
      return { offset: error.offset, problem: `unexpected ${got} after the end of the value`, hint: "a JSON file holds one value: remove what follows it" };
    case "InvalidCommentToken":
      return { offset: error.offset, problem: "comments are not allowed", hint: "package.json is plain JSON: remove the comments (opsdiff.config.json may have them)" };
    case "UnexpectedEndOfComment":
      return { offset: error.offset, problem: "unterminated comment", hint: "close the comment with */" };
    case "UnexpectedEndOfString": {
      const newline = /[\r\n]/.test(text.slice(error.offset + 1));
      return { offset: error.offset, problem: "unterminated string", hint: newline ? "close the string with a double quote on the same line" : "close the string with a double quote" };
    }
    case "InvalidEscapeCharacter": {
      const escape2 = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|\\(.?)/g;
      for (let match2 = escape2.exec(token); match2; match2 = escape2.exec(token)) {
        if (match2[1] !== void 0) return { offset: error.offset + match2.index, problem: `invalid escape "${match2[0]}" in a string`, hint: 'a backslash is written "\\\\" in JSON (and globs use "/")' };
      }
      return { offset: error.offset, problem: "invalid escape in a string", hint: 'a backslash is written "\\\\" in JSON (and globs use "/")' };
    }
    case "InvalidUnicode":
      return { offset: error.offset, problem: "invalid \\u escape in a string (four hexadecimal digits follow \\u)", hint: "write a character as \\u followed by four hexadecimal digits, such as \\u00e9" };
    case "InvalidCharacter": {
      const control = token.search(/[\u0000-\u001f]/);
      return { offset: error.offset + Math.max(control, 0), problem: "control character in a string", hint: "write it as an escape such as \\t" };
    }
    case "InvalidNumberFormat":
    case "UnexpectedEndOfNumber":
      return { offset: error.offset, problem: `invalid number ${got}`, hint: 'numbers are written as in JavaScript, without a trailing "." or leading zeros: 10, 2.5, 1e3' };
    default:
      return { offset: error.offset, problem: `unexpected ${got}`, hint: CONFIG_EXAMPLE };
  }
}
function contextAt(text, offset, options2) {
  const stack = [];
  let expectKey = false;
  let started = false;
  let context = "value";
  let decided = false;
  visit2(
    text,
    {
      onObjectBegin: (at) => {
        if (at >= offset) return;
        stack.push("object");
        expectKey = true;
        started = true;
      },
      onObjectEnd: (at) => {
        if (at >= offset) return;
        stack.pop();
        expectKey = false;
      },
      onArrayBegin: (at) => {
        if (at >= offset) return;
        stack.push("array");
        started = true;
      },
      onArrayEnd: (at) => {
        if (at >= offset) return;
        stack.pop();
      },
      onObjectProperty: (_name, at) => {
        if (at < offset) expectKey = false;
      },
      onSeparator: (separator, at) => {
        if (at < offset && separator === "," && stack[stack.length - 1] === "object") expectKey = true;
      },
      onLiteralValue: (_value, at) => {
        if (at < offset) started = true;
      },
      onError: (_code, at) => {
        if (decided || at < offset) return;
        decided = true;
        const top = stack[stack.length - 1];
        context = top === void 0 ? started ? "after" : "value" : top === "array" ? "array" : expectKey ? "key" : "value";
      }
    },
    { ...options2, allowTrailingComma: !options2.disallowComments }
  );
  return context;
}
function previousSignificant(text, offset) {
  for (let i = offset - 1; i >= 0; i--) if (!/\s/.test(text[i])) return i;
  return void 0;
}
function quoted(token) {
  const text = JSON.stringify(token);
  return text.length > 40 ? `${text.slice(0, 37)}..."` : text;
}
function position(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      start = i + 1;
    } else if (text[i] === "\r" && text[i + 1] !== "\n") {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

// src/config/opsdiff.schema.json
var opsdiff_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "opsdiff configuration",
  description: 'Configuration of opsdiff: opsdiff.config.json, .opsdiffrc.json, or the "opsdiff" key of package.json at the repository root. Every key is optional; an unknown key is an error.',
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string",
      description: 'This schema, for completion in editors: "./node_modules/opsdiff/src/config/opsdiff.schema.json".',
      "x-expected": "the path or URL of the JSON Schema",
      "x-hint": 'for completion in editors: "$schema": "./node_modules/opsdiff/src/config/opsdiff.schema.json"'
    },
    include: {
      type: "array",
      description: "Files to analyze (default: every file). A changed file is analyzed when it matches one of these globs and none of `exclude`.",
      default: [],
      items: {
        $ref: "#/definitions/glob"
      },
      examples: [
        [
          "src/**"
        ]
      ],
      "x-expected": "an array of glob strings",
      "x-hint": 'files to analyze (default: every file), for example "include": ["src/**"]'
    },
    exclude: {
      type: "array",
      description: "Files to leave out, in addition to the built-in exclusions (tests, stories, mocks, dist/ and build/).",
      default: [],
      items: {
        $ref: "#/definitions/glob"
      },
      examples: [
        [
          "scripts/**"
        ]
      ],
      "x-expected": "an array of glob strings",
      "x-hint": 'files to leave out, besides tests, mocks and build output, for example "exclude": ["scripts/**"]'
    },
    rules: {
      type: "object",
      additionalProperties: false,
      default: {},
      description: `Per rule: "off", or the severity every finding of the rule takes (default: the rule's own severities); or [setting, options] to set its thresholds.`,
      properties: {
        "io-in-loop": {
          description: 'A cache, database, network or queue call now runs more times per invocation than before. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "smallLoop": 10 }].',
          anyOf: [
            {
              type: "string",
              enum: [
                "off",
                "high",
                "medium",
                "low"
              ],
              "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
            },
            {
              type: "array",
              minItems: 1,
              items: [
                {
                  type: "string",
                  enum: [
                    "off",
                    "high",
                    "medium",
                    "low"
                  ],
                  "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    smallLoop: {
                      type: "integer",
                      minimum: 1,
                      description: "A loop over a literal list of up to this many items is a small bounded loop (low severity).",
                      default: 10,
                      "x-hint": "io-in-loop: A loop over a literal list of up to this many items is a small bounded loop (low severity). (default: 10)"
                    }
                  },
                  "x-expected": "an object of options",
                  "x-hint": 'for example ["high", { "smallLoop": 10 }]',
                  "x-unknown-hint": "the options of io-in-loop are smallLoop"
                }
              ],
              additionalItems: false,
              "x-expected": "a setting and an options object",
              "x-hint": 'for example ["high", { "smallLoop": 10 }]'
            }
          ]
        },
        "timeout-changed": {
          description: 'A timeout, deadline or abort signal on an I/O call or its client was removed, disabled or raised sharply. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "raiseFactor": 5, "ceilingMs": 60000, "longWaitFactor": 2, "notableFactor": 3, "notableIncreaseMs": 10000 }].',
          anyOf: [
            {
              type: "string",
              enum: [
                "off",
                "high",
                "medium",
                "low"
              ],
              "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
            },
            {
              type: "array",
              minItems: 1,
              items: [
                {
                  type: "string",
                  enum: [
                    "off",
                    "high",
                    "medium",
                    "low"
                  ],
                  "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    raiseFactor: {
                      type: "number",
                      exclusiveMinimum: 1,
                      description: "A timeout raised by this factor or more is a sharp raise.",
                      default: 5,
                      "x-hint": "timeout-changed: A timeout raised by this factor or more is a sharp raise. (default: 5)"
                    },
                    ceilingMs: {
                      type: "number",
                      exclusiveMinimum: 0,
                      description: "A timeout raised past this many milliseconds is a sharp raise.",
                      default: 6e4,
                      "x-hint": "timeout-changed: A timeout raised past this many milliseconds is a sharp raise. (default: 60000)"
                    },
                    longWaitFactor: {
                      type: "number",
                      exclusiveMinimum: 1,
                      description: "A timeout already past the ceiling raised by this factor or more is reported at low severity.",
                      default: 2,
                      "x-hint": "timeout-changed: A timeout already past the ceiling raised by this factor or more is reported at low severity. (default: 2)"
                    },
                    notableFactor: {
                      type: "number",
                      exclusiveMinimum: 1,
                      description: "A timeout raised by this factor or more, and by notableIncreaseMs or more, is reported at low severity.",
                      default: 3,
                      "x-hint": "timeout-changed: A timeout raised by this factor or more, and by notableIncreaseMs or more, is reported at low severity. (default: 3)"
                    },
                    notableIncreaseMs: {
                      type: "number",
                      minimum: 0,
                      description: "See notableFactor.",
                      default: 1e4,
                      "x-hint": "timeout-changed: See notableFactor. (default: 10000)"
                    }
                  },
                  "x-expected": "an object of options",
                  "x-hint": 'for example ["high", { "raiseFactor": 5 }]',
                  "x-unknown-hint": "the options of timeout-changed are raiseFactor, ceilingMs, longWaitFactor, notableFactor and notableIncreaseMs"
                }
              ],
              additionalItems: false,
              "x-expected": "a setting and an options object",
              "x-hint": 'for example ["high", { "raiseFactor": 5 }]'
            }
          ]
        },
        "retry-changed": {
          description: 'A retry count or policy on an I/O call or its client changed: more attempts, none at all, backoff or jitter removed or its delay cut, a retry added around a write, or a circuit breaker removed. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "raiseFactor": 2, "raiseCalls": 10, "delayCutFactor": 2 }].',
          anyOf: [
            {
              type: "string",
              enum: [
                "off",
                "high",
                "medium",
                "low"
              ],
              "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
            },
            {
              type: "array",
              minItems: 1,
              items: [
                {
                  type: "string",
                  enum: [
                    "off",
                    "high",
                    "medium",
                    "low"
                  ],
                  "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    raiseFactor: {
                      type: "number",
                      description: "Retries raised by at least this factor (calls per failing operation, after over before) are medium severity; less is low.",
                      exclusiveMinimum: 1,
                      default: 2,
                      "x-hint": "retry-changed: Retries raised by at least this factor (calls per failing operation, after over before) are medium severity; less is low. (default: 2)"
                    },
                    raiseCalls: {
                      type: "integer",
                      description: "Retries raised to at least this many calls per failing operation are medium severity, whatever the factor.",
                      minimum: 2,
                      default: 10,
                      "x-hint": "retry-changed: Retries raised to at least this many calls per failing operation are medium severity, whatever the factor. (default: 10)"
                    },
                    delayCutFactor: {
                      type: "number",
                      description: "A backoff whose delay is divided by at least this factor (2: cut to half or less) is reported, at low severity.",
                      exclusiveMinimum: 1,
                      default: 2,
                      "x-hint": "retry-changed: A backoff whose delay is divided by at least this factor (2: cut to half or less) is reported, at low severity. (default: 2)"
                    }
                  },
                  "x-expected": "an object of options",
                  "x-hint": 'for example ["high", { "raiseFactor": 2 }]',
                  "x-unknown-hint": "the options of retry-changed are raiseFactor, raiseCalls and delayCutFactor"
                }
              ],
              additionalItems: false,
              "x-expected": "a setting and an options object",
              "x-hint": 'for example ["high", { "raiseFactor": 2 }]'
            }
          ]
        },
        "concurrency-changed": {
          description: 'A concurrency limit or pool size was removed or changed, or sequential, limited or batched I/O now runs for every item at once. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "raiseFactor": 2, "cutFactor": 4, "poolLowerFactor": 4 }].',
          anyOf: [
            {
              type: "string",
              enum: [
                "off",
                "high",
                "medium",
                "low"
              ],
              "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
            },
            {
              type: "array",
              minItems: 1,
              items: [
                {
                  type: "string",
                  enum: [
                    "off",
                    "high",
                    "medium",
                    "low"
                  ],
                  "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule'
                },
                {
                  type: "object",
                  additionalProperties: false,
                  properties: {
                    raiseFactor: {
                      type: "number",
                      exclusiveMinimum: 1,
                      description: "A limit raised by this factor or more on remote work is reported at medium severity (below it, low); sequential work made parallel is reported (low) from this many at a time.",
                      default: 2,
                      "x-hint": "concurrency-changed: A limit raised by this factor or more on remote work is reported at medium severity (below it, low); sequential work made parallel is reported (low) from this many at a time. (default: 2)"
                    },
                    cutFactor: {
                      type: "number",
                      exclusiveMinimum: 1,
                      description: "A pool or socket limit lowered by this factor or more on remote work is reported at medium severity (below it, low).",
                      default: 4,
                      "x-hint": "concurrency-changed: A pool or socket limit lowered by this factor or more on remote work is reported at medium severity (below it, low). (default: 4)"
                    },
                    poolLowerFactor: {
                      type: "number",
                      minimum: 1,
                      description: "A pool or socket limit of a known client lowered by this factor or more is reported.",
                      default: 4,
                      "x-hint": "concurrency-changed: A pool or socket limit of a known client lowered by this factor or more is reported. (default: 4)"
                    }
                  },
                  "x-expected": "an object of options",
                  "x-hint": 'for example ["high", { "raiseFactor": 2 }]',
                  "x-unknown-hint": "the options of concurrency-changed are raiseFactor, cutFactor and poolLowerFactor"
                }
              ],
              additionalItems: false,
              "x-expected": "a setting and an options object",
              "x-hint": 'for example ["high", { "raiseFactor": 2 }]'
            }
          ]
        }
      },
      "x-expected": "an object of rule settings",
      "x-hint": 'for example "rules": { "io-in-loop": "medium", "retry-changed": "off" }',
      "x-key": "rule",
      "x-unknown-hint": "rule ids are listed in docs/rules.md"
    },
    "fail-on": {
      type: "string",
      enum: [
        "high",
        "medium",
        "low",
        "none"
      ],
      description: "The lowest severity that fails the check (exit status 1). --fail-on on the command line wins.",
      default: "high",
      "x-hint": "fail-on: the lowest severity that fails the check (default: high)"
    },
    failOn: {
      type: "string",
      enum: [
        "high",
        "medium",
        "low",
        "none"
      ],
      description: 'Alias of "fail-on" (use one of them).',
      "x-alias-of": "fail-on",
      "x-hint": "failOn: the lowest severity that fails the check (default: high)"
    },
    "fail-on-ai": {
      type: "string",
      enum: [
        "high",
        "medium",
        "low",
        "none"
      ],
      description: 'The lowest severity that fails the check for findings whose lines come from AI-assisted commits; usually stricter than "fail-on" (default: "fail-on" applies).',
      "x-hint": "fail-on-ai: the lowest severity that fails the check when the lines come from AI-assisted commits"
    },
    failOnAi: {
      type: "string",
      enum: [
        "high",
        "medium",
        "low",
        "none"
      ],
      description: 'Alias of "fail-on-ai" (use one of them).',
      "x-alias-of": "fail-on-ai",
      "x-hint": "failOnAi: the lowest severity that fails the check when the lines come from AI-assisted commits"
    },
    clients: {
      type: "array",
      default: [],
      items: {
        $ref: "#/definitions/client"
      },
      description: "Extra client libraries for the catalog: calls through their handles are cache, database, network or queue round trips.",
      "x-expected": "an array of clients",
      "x-hint": 'for example "clients": [{ "module": "@acme/cache", "kind": "cache" }]',
      "x-unique": "module"
    },
    names: {
      type: "array",
      default: [],
      items: {
        $ref: "#/definitions/name"
      },
      description: 'Variable and property names that tell a client when nothing else is known (such as "ledgerClient").',
      "x-expected": "an array of name patterns",
      "x-hint": 'for example "names": [{ "pattern": "^(ledger|billing)Client$", "kind": "network" }]'
    },
    thresholds: {
      type: "object",
      additionalProperties: false,
      description: "The older spelling of three rule options, still read: timeoutRaiseFactor and timeoutCeilingMs are timeout-changed's raiseFactor and ceilingMs, smallLoop is io-in-loop's. What rules sets wins.",
      default: {
        timeoutRaiseFactor: 5,
        timeoutCeilingMs: 6e4,
        smallLoop: 10
      },
      properties: {
        timeoutRaiseFactor: {
          type: "number",
          exclusiveMinimum: 1,
          default: 5,
          description: "timeout-changed: a timeout raised by more than this factor is a sharp raise.",
          "x-hint": "timeout-changed reports a timeout raised by more than this factor (default: 5)"
        },
        timeoutCeilingMs: {
          type: "number",
          exclusiveMinimum: 0,
          default: 6e4,
          description: "timeout-changed: a timeout raised past this many milliseconds is a sharp raise.",
          "x-expected": "a number of milliseconds greater than 0",
          "x-hint": "timeout-changed reports a timeout raised past this many milliseconds (default: 60000)"
        },
        smallLoop: {
          type: "integer",
          minimum: 1,
          default: 10,
          description: "io-in-loop: a loop over a literal list of up to this many items is a small bounded loop (low severity).",
          "x-hint": "io-in-loop reports a loop over a literal list of up to this many items as low severity (default: 10)"
        }
      },
      "x-expected": "an object",
      "x-hint": 'for example "thresholds": { "timeoutRaiseFactor": 10, "smallLoop": 5 }',
      "x-unknown-hint": "thresholds are timeoutRaiseFactor, timeoutCeilingMs and smallLoop"
    },
    origin: {
      type: "array",
      default: [],
      items: {
        $ref: "#/definitions/origin"
      },
      description: "Extra patterns that mark a commit as AI-assisted, in addition to the built-in signals.",
      "x-expected": "an array of origin patterns",
      "x-hint": 'for example "origin": [{ "signal": "trailer", "pattern": "^Generated-by: acme-bot" }]'
    },
    baseline: {
      type: "string",
      minLength: 1,
      description: "The baseline file, relative to the configuration file (default: .opsdiff-baseline.json at the repository root, when it exists).",
      "x-expected": "a non-empty path",
      "x-hint": 'the baseline file, relative to the configuration file, such as ".opsdiff-baseline.json"'
    }
  },
  dependencies: {
    failOn: {
      not: {
        required: [
          "fail-on"
        ]
      }
    },
    failOnAi: {
      not: {
        required: [
          "fail-on-ai"
        ]
      }
    }
  },
  definitions: {
    glob: {
      type: "string",
      minLength: 1,
      maxLength: 65536,
      pattern: "^(?!!|/|\\./)",
      description: "A minimatch glob on repository-relative, '/'-separated paths, without a leading '/', './' or '!'.",
      "x-expected": "a non-empty glob string",
      "x-hint": 'globs are minimatch patterns on repository-relative paths, such as "src/**" or "**/*.generated.ts"',
      "x-glob": true
    },
    client: {
      type: "object",
      additionalProperties: false,
      required: [
        "module",
        "kind"
      ],
      description: 'A client library: { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }.',
      properties: {
        module: {
          type: "string",
          minLength: 1,
          description: 'The module name as imported, such as "@acme/cache".',
          "x-expected": "a non-empty module name",
          "x-hint": 'the module name as imported, such as "@acme/cache"',
          "x-missing": 'the module name as imported, such as "@acme/cache"'
        },
        kind: {
          type: "string",
          enum: [
            "cache",
            "db",
            "network",
            "queue"
          ],
          description: "What a call through the client costs: a cache, database, network or queue round trip.",
          "x-hint": "cache, db, network or queue: what a call through the client costs"
        },
        label: {
          type: "string",
          minLength: 1,
          description: "Short name in keys and messages (default: the module's last path segment).",
          "x-expected": "a non-empty string",
          "x-hint": 'the short name in messages, such as "cache" (default: the last segment of the module name)'
        },
        methods: {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1,
            "x-expected": "a non-empty method name",
            "x-hint": 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method'
          },
          description: "The methods that are round trips (default: every method but event and configuration ones).",
          "x-expected": "a non-empty array of method names",
          "x-hint": 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method'
        },
        exports: {
          type: "object",
          propertyNames: {
            minLength: 1,
            "x-expected": "a non-empty export name",
            "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io',
            type: "string"
          },
          additionalProperties: {
            type: "string",
            enum: [
              "constructor",
              "factory",
              "handle",
              "callable",
              "not-io"
            ],
            "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io'
          },
          description: `How handles are born from the module's exports: constructor (new X()), factory (x() returns a handle), handle (the export is one), callable (calling it is the I/O), not-io. "default" and "*" (namespace) are names too (default: { "default": "handle", "*": "handle" }).`,
          "x-expected": "an object of export roles",
          "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io'
        },
        batches: {
          type: "array",
          items: {
            $ref: "#/definitions/batch"
          },
          description: "Batch methods and their per-item forms: replacing a batch by per-item calls in a loop is reported.",
          "x-expected": "an array of batch pairs",
          "x-hint": 'for example "batches": [{ "batch": "getMany", "single": ["get"] }]'
        }
      },
      "x-expected": "a client object",
      "x-hint": 'for example { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }',
      "x-unknown-hint": 'a client has "module", "kind", and optionally "label", "methods", "exports", "batches"'
    },
    batch: {
      type: "object",
      additionalProperties: false,
      required: [
        "batch",
        "single"
      ],
      properties: {
        batch: {
          type: "string",
          minLength: 1,
          description: 'The batch method, such as "getMany".',
          "x-expected": "a non-empty method name",
          "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }',
          "x-missing": "the batch method name"
        },
        single: {
          type: "array",
          minItems: 1,
          items: {
            type: "string",
            minLength: 1,
            "x-expected": "a non-empty method name",
            "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }'
          },
          description: 'Its per-item forms, such as ["get"].',
          "x-expected": "a non-empty array of method names",
          "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }',
          "x-missing": "the per-item method names"
        }
      },
      "x-expected": "a batch pair",
      "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }'
    },
    name: {
      type: "object",
      additionalProperties: false,
      required: [
        "pattern",
        "kind"
      ],
      description: 'A name pattern: { "pattern": "^(ledger|billing)Client$", "kind": "network" }.',
      properties: {
        pattern: {
          type: "string",
          minLength: 1,
          format: "regex",
          description: "A regular expression on variable and property names; it must not match the empty string.",
          "x-expected": "a non-empty regular expression",
          "x-hint": 'a regular expression on variable and property names, such as "^(ledger|billing)Client$"',
          "x-missing": "a regular expression on variable and property names",
          "x-regex": "it would make every name a client"
        },
        kind: {
          type: "string",
          enum: [
            "cache",
            "db",
            "network",
            "queue"
          ],
          description: "What a call through the client costs: a cache, database, network or queue round trip.",
          "x-hint": "cache, db, network or queue: what a call through the client costs"
        },
        methods: {
          type: "string",
          minLength: 1,
          format: "regex",
          description: "A regular expression on the method names that count (default: any method).",
          "x-expected": "a non-empty regular expression",
          "x-hint": 'a regular expression on method names, such as "^(get|post|put)$"; omit "methods" for every method',
          "x-regex": true
        }
      },
      "x-expected": "a name pattern object",
      "x-hint": 'for example { "pattern": "^(ledger|billing)Client$", "kind": "network" }',
      "x-unknown-hint": 'a name pattern has "pattern", "kind", and optionally "methods"'
    },
    origin: {
      type: "object",
      additionalProperties: false,
      required: [
        "signal",
        "pattern"
      ],
      description: 'An origin pattern: { "signal": "trailer", "pattern": "^Generated-by: acme-bot" }.',
      properties: {
        signal: {
          type: "string",
          enum: [
            "trailer",
            "author",
            "committer",
            "message",
            "branch"
          ],
          description: "Where to look: a commit trailer line, the author, the committer, the message, or the branch name.",
          "x-hint": "where to look: a commit trailer, the author, the committer, the message or the branch name"
        },
        pattern: {
          type: "string",
          minLength: 1,
          format: "regex",
          description: "A case-insensitive regular expression; it must not match the empty string (it would mark every commit).",
          "x-expected": "a non-empty regular expression",
          "x-hint": 'a case-insensitive regular expression, such as "^Generated-by: acme-bot"',
          "x-missing": "a regular expression",
          "x-regex": "it would mark every commit as AI-assisted"
        },
        label: {
          type: "string",
          minLength: 1,
          description: "The name shown as the evidence.",
          "x-expected": "a non-empty string",
          "x-hint": 'the name shown as the evidence, such as "acme-bot"'
        }
      },
      "x-expected": "an origin pattern object",
      "x-hint": 'for example { "signal": "trailer", "pattern": "^Generated-by: acme-bot", "label": "acme-bot" }',
      "x-unknown-hint": 'an origin pattern has "signal", "pattern", and optionally "label"'
    }
  },
  "x-expected": "a JSON object at the top level",
  "x-hint": 'the configuration is a JSON object such as { "exclude": ["**/generated/**"] }',
  "x-unknown-hint": 'remove it; "$schema": "./node_modules/opsdiff/src/config/opsdiff.schema.json" gives completion in editors'
};

// src/suggest.ts
function closest(input, known, spellingsOf = (name) => [name]) {
  const normalize2 = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  const wanted = normalize2(input);
  let best;
  for (const name of known) {
    for (const candidate of spellingsOf(name)) {
      const edits = distance(wanted, normalize2(candidate));
      if (!best || edits < best.distance) best = { name, distance: edits };
    }
  }
  if (!best) return void 0;
  const allowed = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  return best.distance <= allowed ? best.name : void 0;
}
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

// src/config/words.ts
function show3(value) {
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  if (isObject(value)) return "an object";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}
function listing(items, last) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/checks.ts
var checks = {
  /** A minimatch pattern that can match a repository-relative path. */
  "x-glob"(_enabled, data) {
    if (data === "") return void 0;
    if (data.startsWith("!")) return { problem: `negated globs are not supported, got ${show3(data)}`, hint: 'list the files to analyze in "include" and those to leave out in "exclude"' };
    if (data.startsWith("/") || data.startsWith("./")) {
      return { problem: `${show3(data)} never matches: paths are relative to the repository root, without a leading "/" or "./"`, hint: `write "${data.replace(/^\.?\/+/, "")}"` };
    }
    try {
      new Minimatch(data);
    } catch (error) {
      return { problem: `invalid glob (${error.message})` };
    }
    return void 0;
  },
  /** A JavaScript regular expression (matched case-insensitively); with a reason, one that cannot match the empty string. */
  "x-regex"(reason, data) {
    if (data === "") return void 0;
    let re2;
    try {
      re2 = new RegExp(data, "i");
    } catch (error) {
      return { problem: `invalid regular expression ${show3(data)} (${error.message.split(": ").pop() ?? "invalid"})` };
    }
    if (typeof reason === "string" && re2.test("")) return { problem: `${show3(data)} matches the empty string: ${reason}` };
    return void 0;
  },
  /** No two items of an array with the same value of `property`. */
  "x-unique"(property, data) {
    const first = /* @__PURE__ */ new Map();
    for (const [i, item] of data.entries()) {
      const value = typeof item === "object" && item !== null ? item[property] : void 0;
      if (typeof value !== "string") continue;
      const earlier = first.get(value);
      if (earlier !== void 0) return { earlier, value, at: [i, property] };
      first.set(value, i);
    }
    return void 0;
  }
};

// src/config/opsdiff.schema.validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "opsdiff configuration", "description": 'Configuration of opsdiff: opsdiff.config.json, .opsdiffrc.json, or the "opsdiff" key of package.json at the repository root. Every key is optional; an unknown key is an error.', "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": 'This schema, for completion in editors: "./node_modules/opsdiff/src/config/opsdiff.schema.json".', "x-expected": "the path or URL of the JSON Schema", "x-hint": 'for completion in editors: "$schema": "./node_modules/opsdiff/src/config/opsdiff.schema.json"' }, "include": { "type": "array", "description": "Files to analyze (default: every file). A changed file is analyzed when it matches one of these globs and none of `exclude`.", "default": [], "items": { "$ref": "#/definitions/glob" }, "examples": [["src/**"]], "x-expected": "an array of glob strings", "x-hint": 'files to analyze (default: every file), for example "include": ["src/**"]' }, "exclude": { "type": "array", "description": "Files to leave out, in addition to the built-in exclusions (tests, stories, mocks, dist/ and build/).", "default": [], "items": { "$ref": "#/definitions/glob" }, "examples": [["scripts/**"]], "x-expected": "an array of glob strings", "x-hint": 'files to leave out, besides tests, mocks and build output, for example "exclude": ["scripts/**"]' }, "rules": { "type": "object", "additionalProperties": false, "default": {}, "description": `Per rule: "off", or the severity every finding of the rule takes (default: the rule's own severities); or [setting, options] to set its thresholds.`, "properties": { "io-in-loop": { "description": 'A cache, database, network or queue call now runs more times per invocation than before. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "smallLoop": 10 }].', "anyOf": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "array", "minItems": 1, "items": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "object", "additionalProperties": false, "properties": { "smallLoop": { "type": "integer", "minimum": 1, "description": "A loop over a literal list of up to this many items is a small bounded loop (low severity).", "default": 10, "x-hint": "io-in-loop: A loop over a literal list of up to this many items is a small bounded loop (low severity). (default: 10)" } }, "x-expected": "an object of options", "x-hint": 'for example ["high", { "smallLoop": 10 }]', "x-unknown-hint": "the options of io-in-loop are smallLoop" }], "additionalItems": false, "x-expected": "a setting and an options object", "x-hint": 'for example ["high", { "smallLoop": 10 }]' }] }, "timeout-changed": { "description": 'A timeout, deadline or abort signal on an I/O call or its client was removed, disabled or raised sharply. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "raiseFactor": 5, "ceilingMs": 60000, "longWaitFactor": 2, "notableFactor": 3, "notableIncreaseMs": 10000 }].', "anyOf": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "array", "minItems": 1, "items": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "object", "additionalProperties": false, "properties": { "raiseFactor": { "type": "number", "exclusiveMinimum": 1, "description": "A timeout raised by this factor or more is a sharp raise.", "default": 5, "x-hint": "timeout-changed: A timeout raised by this factor or more is a sharp raise. (default: 5)" }, "ceilingMs": { "type": "number", "exclusiveMinimum": 0, "description": "A timeout raised past this many milliseconds is a sharp raise.", "default": 6e4, "x-hint": "timeout-changed: A timeout raised past this many milliseconds is a sharp raise. (default: 60000)" }, "longWaitFactor": { "type": "number", "exclusiveMinimum": 1, "description": "A timeout already past the ceiling raised by this factor or more is reported at low severity.", "default": 2, "x-hint": "timeout-changed: A timeout already past the ceiling raised by this factor or more is reported at low severity. (default: 2)" }, "notableFactor": { "type": "number", "exclusiveMinimum": 1, "description": "A timeout raised by this factor or more, and by notableIncreaseMs or more, is reported at low severity.", "default": 3, "x-hint": "timeout-changed: A timeout raised by this factor or more, and by notableIncreaseMs or more, is reported at low severity. (default: 3)" }, "notableIncreaseMs": { "type": "number", "minimum": 0, "description": "See notableFactor.", "default": 1e4, "x-hint": "timeout-changed: See notableFactor. (default: 10000)" } }, "x-expected": "an object of options", "x-hint": 'for example ["high", { "raiseFactor": 5 }]', "x-unknown-hint": "the options of timeout-changed are raiseFactor, ceilingMs, longWaitFactor, notableFactor and notableIncreaseMs" }], "additionalItems": false, "x-expected": "a setting and an options object", "x-hint": 'for example ["high", { "raiseFactor": 5 }]' }] }, "retry-changed": { "description": 'A retry count or policy on an I/O call or its client changed: more attempts, none at all, backoff or jitter removed or its delay cut, a retry added around a write, or a circuit breaker removed. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "raiseFactor": 2, "raiseCalls": 10, "delayCutFactor": 2 }].', "anyOf": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "array", "minItems": 1, "items": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "object", "additionalProperties": false, "properties": { "raiseFactor": { "type": "number", "description": "Retries raised by at least this factor (calls per failing operation, after over before) are medium severity; less is low.", "exclusiveMinimum": 1, "default": 2, "x-hint": "retry-changed: Retries raised by at least this factor (calls per failing operation, after over before) are medium severity; less is low. (default: 2)" }, "raiseCalls": { "type": "integer", "description": "Retries raised to at least this many calls per failing operation are medium severity, whatever the factor.", "minimum": 2, "default": 10, "x-hint": "retry-changed: Retries raised to at least this many calls per failing operation are medium severity, whatever the factor. (default: 10)" }, "delayCutFactor": { "type": "number", "description": "A backoff whose delay is divided by at least this factor (2: cut to half or less) is reported, at low severity.", "exclusiveMinimum": 1, "default": 2, "x-hint": "retry-changed: A backoff whose delay is divided by at least this factor (2: cut to half or less) is reported, at low severity. (default: 2)" } }, "x-expected": "an object of options", "x-hint": 'for example ["high", { "raiseFactor": 2 }]', "x-unknown-hint": "the options of retry-changed are raiseFactor, raiseCalls and delayCutFactor" }], "additionalItems": false, "x-expected": "a setting and an options object", "x-hint": 'for example ["high", { "raiseFactor": 2 }]' }] }, "concurrency-changed": { "description": 'A concurrency limit or pool size was removed or changed, or sequential, limited or batched I/O now runs for every item at once. "off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule. With options: ["medium", { "raiseFactor": 2, "cutFactor": 4, "poolLowerFactor": 4 }].', "anyOf": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "array", "minItems": 1, "items": [{ "type": "string", "enum": ["off", "high", "medium", "low"], "x-hint": '"off" turns the rule off; "high", "medium" or "low" sets the severity of every finding of the rule' }, { "type": "object", "additionalProperties": false, "properties": { "raiseFactor": { "type": "number", "exclusiveMinimum": 1, "description": "A limit raised by this factor or more on remote work is reported at medium severity (below it, low); sequential work made parallel is reported (low) from this many at a time.", "default": 2, "x-hint": "concurrency-changed: A limit raised by this factor or more on remote work is reported at medium severity (below it, low); sequential work made parallel is reported (low) from this many at a time. (default: 2)" }, "cutFactor": { "type": "number", "exclusiveMinimum": 1, "description": "A pool or socket limit lowered by this factor or more on remote work is reported at medium severity (below it, low).", "default": 4, "x-hint": "concurrency-changed: A pool or socket limit lowered by this factor or more on remote work is reported at medium severity (below it, low). (default: 4)" }, "poolLowerFactor": { "type": "number", "minimum": 1, "description": "A pool or socket limit of a known client lowered by this factor or more is reported.", "default": 4, "x-hint": "concurrency-changed: A pool or socket limit of a known client lowered by this factor or more is reported. (default: 4)" } }, "x-expected": "an object of options", "x-hint": 'for example ["high", { "raiseFactor": 2 }]', "x-unknown-hint": "the options of concurrency-changed are raiseFactor, cutFactor and poolLowerFactor" }], "additionalItems": false, "x-expected": "a setting and an options object", "x-hint": 'for example ["high", { "raiseFactor": 2 }]' }] } }, "x-expected": "an object of rule settings", "x-hint": 'for example "rules": { "io-in-loop": "medium", "retry-changed": "off" }', "x-key": "rule", "x-unknown-hint": "rule ids are listed in docs/rules.md" }, "fail-on": { "type": "string", "enum": ["high", "medium", "low", "none"], "description": "The lowest severity that fails the check (exit status 1). --fail-on on the command line wins.", "default": "high", "x-hint": "fail-on: the lowest severity that fails the check (default: high)" }, "failOn": { "type": "string", "enum": ["high", "medium", "low", "none"], "description": 'Alias of "fail-on" (use one of them).', "x-alias-of": "fail-on", "x-hint": "failOn: the lowest severity that fails the check (default: high)" }, "fail-on-ai": { "type": "string", "enum": ["high", "medium", "low", "none"], "description": 'The lowest severity that fails the check for findings whose lines come from AI-assisted commits; usually stricter than "fail-on" (default: "fail-on" applies).', "x-hint": "fail-on-ai: the lowest severity that fails the check when the lines come from AI-assisted commits" }, "failOnAi": { "type": "string", "enum": ["high", "medium", "low", "none"], "description": 'Alias of "fail-on-ai" (use one of them).', "x-alias-of": "fail-on-ai", "x-hint": "failOnAi: the lowest severity that fails the check when the lines come from AI-assisted commits" }, "clients": { "type": "array", "default": [], "items": { "$ref": "#/definitions/client" }, "description": "Extra client libraries for the catalog: calls through their handles are cache, database, network or queue round trips.", "x-expected": "an array of clients", "x-hint": 'for example "clients": [{ "module": "@acme/cache", "kind": "cache" }]', "x-unique": "module" }, "names": { "type": "array", "default": [], "items": { "$ref": "#/definitions/name" }, "description": 'Variable and property names that tell a client when nothing else is known (such as "ledgerClient").', "x-expected": "an array of name patterns", "x-hint": 'for example "names": [{ "pattern": "^(ledger|billing)Client$", "kind": "network" }]' }, "thresholds": { "type": "object", "additionalProperties": false, "description": "The older spelling of three rule options, still read: timeoutRaiseFactor and timeoutCeilingMs are timeout-changed's raiseFactor and ceilingMs, smallLoop is io-in-loop's. What rules sets wins.", "default": { "timeoutRaiseFactor": 5, "timeoutCeilingMs": 6e4, "smallLoop": 10 }, "properties": { "timeoutRaiseFactor": { "type": "number", "exclusiveMinimum": 1, "default": 5, "description": "timeout-changed: a timeout raised by more than this factor is a sharp raise.", "x-hint": "timeout-changed reports a timeout raised by more than this factor (default: 5)" }, "timeoutCeilingMs": { "type": "number", "exclusiveMinimum": 0, "default": 6e4, "description": "timeout-changed: a timeout raised past this many milliseconds is a sharp raise.", "x-expected": "a number of milliseconds greater than 0", "x-hint": "timeout-changed reports a timeout raised past this many milliseconds (default: 60000)" }, "smallLoop": { "type": "integer", "minimum": 1, "default": 10, "description": "io-in-loop: a loop over a literal list of up to this many items is a small bounded loop (low severity).", "x-hint": "io-in-loop reports a loop over a literal list of up to this many items as low severity (default: 10)" } }, "x-expected": "an object", "x-hint": 'for example "thresholds": { "timeoutRaiseFactor": 10, "smallLoop": 5 }', "x-unknown-hint": "thresholds are timeoutRaiseFactor, timeoutCeilingMs and smallLoop" }, "origin": { "type": "array", "default": [], "items": { "$ref": "#/definitions/origin" }, "description": "Extra patterns that mark a commit as AI-assisted, in addition to the built-in signals.", "x-expected": "an array of origin patterns", "x-hint": 'for example "origin": [{ "signal": "trailer", "pattern": "^Generated-by: acme-bot" }]' }, "baseline": { "type": "string", "minLength": 1, "description": "The baseline file, relative to the configuration file (default: .opsdiff-baseline.json at the repository root, when it exists).", "x-expected": "a non-empty path", "x-hint": 'the baseline file, relative to the configuration file, such as ".opsdiff-baseline.json"' } }, "dependencies": { "failOn": { "not": { "required": ["fail-on"] } }, "failOnAi": { "not": { "required": ["fail-on-ai"] } } }, "definitions": { "glob": { "type": "string", "minLength": 1, "maxLength": 65536, "pattern": "^(?!!|/|\\./)", "description": "A minimatch glob on repository-relative, '/'-separated paths, without a leading '/', './' or '!'.", "x-expected": "a non-empty glob string", "x-hint": 'globs are minimatch patterns on repository-relative paths, such as "src/**" or "**/*.generated.ts"', "x-glob": true }, "client": { "type": "object", "additionalProperties": false, "required": ["module", "kind"], "description": 'A client library: { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }.', "properties": { "module": { "type": "string", "minLength": 1, "description": 'The module name as imported, such as "@acme/cache".', "x-expected": "a non-empty module name", "x-hint": 'the module name as imported, such as "@acme/cache"', "x-missing": 'the module name as imported, such as "@acme/cache"' }, "kind": { "type": "string", "enum": ["cache", "db", "network", "queue"], "description": "What a call through the client costs: a cache, database, network or queue round trip.", "x-hint": "cache, db, network or queue: what a call through the client costs" }, "label": { "type": "string", "minLength": 1, "description": "Short name in keys and messages (default: the module's last path segment).", "x-expected": "a non-empty string", "x-hint": 'the short name in messages, such as "cache" (default: the last segment of the module name)' }, "methods": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a non-empty method name", "x-hint": 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method' }, "description": "The methods that are round trips (default: every method but event and configuration ones).", "x-expected": "a non-empty array of method names", "x-hint": 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method' }, "exports": { "type": "object", "propertyNames": { "minLength": 1, "x-expected": "a non-empty export name", "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io', "type": "string" }, "additionalProperties": { "type": "string", "enum": ["constructor", "factory", "handle", "callable", "not-io"], "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io' }, "description": `How handles are born from the module's exports: constructor (new X()), factory (x() returns a handle), handle (the export is one), callable (calling it is the I/O), not-io. "default" and "*" (namespace) are names too (default: { "default": "handle", "*": "handle" }).`, "x-expected": "an object of export roles", "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io' }, "batches": { "type": "array", "items": { "$ref": "#/definitions/batch" }, "description": "Batch methods and their per-item forms: replacing a batch by per-item calls in a loop is reported.", "x-expected": "an array of batch pairs", "x-hint": 'for example "batches": [{ "batch": "getMany", "single": ["get"] }]' } }, "x-expected": "a client object", "x-hint": 'for example { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }', "x-unknown-hint": 'a client has "module", "kind", and optionally "label", "methods", "exports", "batches"' }, "batch": { "type": "object", "additionalProperties": false, "required": ["batch", "single"], "properties": { "batch": { "type": "string", "minLength": 1, "description": 'The batch method, such as "getMany".', "x-expected": "a non-empty method name", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }', "x-missing": "the batch method name" }, "single": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a non-empty method name", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }' }, "description": 'Its per-item forms, such as ["get"].', "x-expected": "a non-empty array of method names", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }', "x-missing": "the per-item method names" } }, "x-expected": "a batch pair", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }' }, "name": { "type": "object", "additionalProperties": false, "required": ["pattern", "kind"], "description": 'A name pattern: { "pattern": "^(ledger|billing)Client$", "kind": "network" }.', "properties": { "pattern": { "type": "string", "minLength": 1, "format": "regex", "description": "A regular expression on variable and property names; it must not match the empty string.", "x-expected": "a non-empty regular expression", "x-hint": 'a regular expression on variable and property names, such as "^(ledger|billing)Client$"', "x-missing": "a regular expression on variable and property names", "x-regex": "it would make every name a client" }, "kind": { "type": "string", "enum": ["cache", "db", "network", "queue"], "description": "What a call through the client costs: a cache, database, network or queue round trip.", "x-hint": "cache, db, network or queue: what a call through the client costs" }, "methods": { "type": "string", "minLength": 1, "format": "regex", "description": "A regular expression on the method names that count (default: any method).", "x-expected": "a non-empty regular expression", "x-hint": 'a regular expression on method names, such as "^(get|post|put)$"; omit "methods" for every method', "x-regex": true } }, "x-expected": "a name pattern object", "x-hint": 'for example { "pattern": "^(ledger|billing)Client$", "kind": "network" }', "x-unknown-hint": 'a name pattern has "pattern", "kind", and optionally "methods"' }, "origin": { "type": "object", "additionalProperties": false, "required": ["signal", "pattern"], "description": 'An origin pattern: { "signal": "trailer", "pattern": "^Generated-by: acme-bot" }.', "properties": { "signal": { "type": "string", "enum": ["trailer", "author", "committer", "message", "branch"], "description": "Where to look: a commit trailer line, the author, the committer, the message, or the branch name.", "x-hint": "where to look: a commit trailer, the author, the committer, the message or the branch name" }, "pattern": { "type": "string", "minLength": 1, "format": "regex", "description": "A case-insensitive regular expression; it must not match the empty string (it would mark every commit).", "x-expected": "a non-empty regular expression", "x-hint": 'a case-insensitive regular expression, such as "^Generated-by: acme-bot"', "x-missing": "a regular expression", "x-regex": "it would mark every commit as AI-assisted" }, "label": { "type": "string", "minLength": 1, "description": "The name shown as the evidence.", "x-expected": "a non-empty string", "x-hint": 'the name shown as the evidence, such as "acme-bot"' } }, "x-expected": "an origin pattern object", "x-hint": 'for example { "signal": "trailer", "pattern": "^Generated-by: acme-bot", "label": "acme-bot" }', "x-unknown-hint": 'an origin pattern has "signal", "pattern", and optionally "label"' } }, "x-expected": "a JSON object at the top level", "x-hint": 'the configuration is a JSON object such as { "exclude": ["**/generated/**"] }', "x-unknown-hint": 'remove it; "$schema": "./node_modules/opsdiff/src/config/opsdiff.schema.json" gives completion in editors' };
var schema12 = { "type": "string", "minLength": 1, "maxLength": 65536, "pattern": "^(?!!|/|\\./)", "description": "A minimatch glob on repository-relative, '/'-separated paths, without a leading '/', './' or '!'.", "x-expected": "a non-empty glob string", "x-hint": 'globs are minimatch patterns on repository-relative paths, such as "src/**" or "**/*.generated.ts"', "x-glob": true };
var schema16 = { "type": "object", "additionalProperties": false, "required": ["pattern", "kind"], "description": 'A name pattern: { "pattern": "^(ledger|billing)Client$", "kind": "network" }.', "properties": { "pattern": { "type": "string", "minLength": 1, "format": "regex", "description": "A regular expression on variable and property names; it must not match the empty string.", "x-expected": "a non-empty regular expression", "x-hint": 'a regular expression on variable and property names, such as "^(ledger|billing)Client$"', "x-missing": "a regular expression on variable and property names", "x-regex": "it would make every name a client" }, "kind": { "type": "string", "enum": ["cache", "db", "network", "queue"], "description": "What a call through the client costs: a cache, database, network or queue round trip.", "x-hint": "cache, db, network or queue: what a call through the client costs" }, "methods": { "type": "string", "minLength": 1, "format": "regex", "description": "A regular expression on the method names that count (default: any method).", "x-expected": "a non-empty regular expression", "x-hint": 'a regular expression on method names, such as "^(get|post|put)$"; omit "methods" for every method', "x-regex": true } }, "x-expected": "a name pattern object", "x-hint": 'for example { "pattern": "^(ledger|billing)Client$", "kind": "network" }', "x-unknown-hint": 'a name pattern has "pattern", "kind", and optionally "methods"' };
var schema17 = { "type": "object", "additionalProperties": false, "required": ["signal", "pattern"], "description": 'An origin pattern: { "signal": "trailer", "pattern": "^Generated-by: acme-bot" }.', "properties": { "signal": { "type": "string", "enum": ["trailer", "author", "committer", "message", "branch"], "description": "Where to look: a commit trailer line, the author, the committer, the message, or the branch name.", "x-hint": "where to look: a commit trailer, the author, the committer, the message or the branch name" }, "pattern": { "type": "string", "minLength": 1, "format": "regex", "description": "A case-insensitive regular expression; it must not match the empty string (it would mark every commit).", "x-expected": "a non-empty regular expression", "x-hint": 'a case-insensitive regular expression, such as "^Generated-by: acme-bot"', "x-missing": "a regular expression", "x-regex": "it would mark every commit as AI-assisted" }, "label": { "type": "string", "minLength": 1, "description": "The name shown as the evidence.", "x-expected": "a non-empty string", "x-hint": 'the name shown as the evidence, such as "acme-bot"' } }, "x-expected": "an origin pattern object", "x-hint": 'for example { "signal": "trailer", "pattern": "^Generated-by: acme-bot", "label": "acme-bot" }', "x-unknown-hint": 'an origin pattern has "signal", "pattern", and optionally "label"' };
var func2 = Object.prototype.hasOwnProperty;
var func3 = checks["x-glob"];
var func5 = checks["x-unique"];
var func6 = checks["x-regex"];
var pattern0 = new RegExp("^(?!!|/|\\./)", "u");
var schema14 = { "type": "object", "additionalProperties": false, "required": ["module", "kind"], "description": 'A client library: { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }.', "properties": { "module": { "type": "string", "minLength": 1, "description": 'The module name as imported, such as "@acme/cache".', "x-expected": "a non-empty module name", "x-hint": 'the module name as imported, such as "@acme/cache"', "x-missing": 'the module name as imported, such as "@acme/cache"' }, "kind": { "type": "string", "enum": ["cache", "db", "network", "queue"], "description": "What a call through the client costs: a cache, database, network or queue round trip.", "x-hint": "cache, db, network or queue: what a call through the client costs" }, "label": { "type": "string", "minLength": 1, "description": "Short name in keys and messages (default: the module's last path segment).", "x-expected": "a non-empty string", "x-hint": 'the short name in messages, such as "cache" (default: the last segment of the module name)' }, "methods": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a non-empty method name", "x-hint": 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method' }, "description": "The methods that are round trips (default: every method but event and configuration ones).", "x-expected": "a non-empty array of method names", "x-hint": 'the methods that are round trips, such as ["get", "set"]; omit "methods" for every method' }, "exports": { "type": "object", "propertyNames": { "minLength": 1, "x-expected": "a non-empty export name", "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io', "type": "string" }, "additionalProperties": { "type": "string", "enum": ["constructor", "factory", "handle", "callable", "not-io"], "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io' }, "description": `How handles are born from the module's exports: constructor (new X()), factory (x() returns a handle), handle (the export is one), callable (calling it is the I/O), not-io. "default" and "*" (namespace) are names too (default: { "default": "handle", "*": "handle" }).`, "x-expected": "an object of export roles", "x-hint": 'how each export gives a handle, such as { "createCache": "factory", "default": "handle" }: constructor, factory, handle, callable, not-io' }, "batches": { "type": "array", "items": { "$ref": "#/definitions/batch" }, "description": "Batch methods and their per-item forms: replacing a batch by per-item calls in a loop is reported.", "x-expected": "an array of batch pairs", "x-hint": 'for example "batches": [{ "batch": "getMany", "single": ["get"] }]' } }, "x-expected": "a client object", "x-hint": 'for example { "module": "@acme/cache", "kind": "cache", "methods": ["get", "set"] }', "x-unknown-hint": 'a client has "module", "kind", and optionally "label", "methods", "exports", "batches"' };
var schema15 = { "type": "object", "additionalProperties": false, "required": ["batch", "single"], "properties": { "batch": { "type": "string", "minLength": 1, "description": 'The batch method, such as "getMany".', "x-expected": "a non-empty method name", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }', "x-missing": "the batch method name" }, "single": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a non-empty method name", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }' }, "description": 'Its per-item forms, such as ["get"].', "x-expected": "a non-empty array of method names", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }', "x-missing": "the per-item method names" } }, "x-expected": "a batch pair", "x-hint": 'a batch method and its per-item forms, such as { "batch": "getMany", "single": ["get"] }' };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema14.required, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "kind" || key0 === "label" || key0 === "methods" || key0 === "exports" || key0 === "batches")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.module !== void 0) {
      let data0 = data.module;
      if (typeof data0 === "string") {
        if (data0.length < 1) {
          const err3 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.module, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.module.type, parentSchema: schema14.properties.module, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.kind.type, parentSchema: schema14.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === "cache" || data1 === "db" || data1 === "network" || data1 === "queue")) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema14.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.kind.enum, parentSchema: schema14.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.label !== void 0) {
      let data2 = data.label;
      if (typeof data2 === "string") {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.label, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/label", schemaPath: "#/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.label.type, parentSchema: schema14.properties.label, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.methods !== void 0) {
      let data3 = data.methods;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err9 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.properties.methods, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (data4.length < 1) {
              const err10 = { instancePath: instancePath + "/methods/" + i0, schemaPath: "#/properties/methods/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.methods.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/methods/" + i0, schemaPath: "#/properties/methods/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.methods.items.type, parentSchema: schema14.properties.methods.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.methods.type, parentSchema: schema14.properties.methods, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.exports !== void 0) {
      let data5 = data.exports;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs29 = errors;
          if (typeof key1 === "string") {
            if (key1.length < 1) {
              const err13 = { instancePath: instancePath + "/exports", schemaPath: "#/properties/exports/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.exports.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/exports", schemaPath: "#/properties/exports/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.exports.propertyNames.type, parentSchema: schema14.properties.exports.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var valid3 = _errs29 === errors;
          if (!valid3) {
            const err15 = { instancePath: instancePath + "/exports", schemaPath: "#/properties/exports/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema14.properties.exports.propertyNames, parentSchema: schema14.properties.exports, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (typeof data6 !== "string") {
            const err16 = { instancePath: instancePath + "/exports/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/exports/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.exports.additionalProperties.type, parentSchema: schema14.properties.exports.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (!(data6 === "constructor" || data6 === "factory" || data6 === "handle" || data6 === "callable" || data6 === "not-io")) {
            const err17 = { instancePath: instancePath + "/exports/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/exports/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema14.properties.exports.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.exports.additionalProperties.enum, parentSchema: schema14.properties.exports.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/exports", schemaPath: "#/properties/exports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.exports.type, parentSchema: schema14.properties.exports, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.batches !== void 0) {
      let data7 = data.batches;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.batch === void 0) {
              const err19 = { instancePath: instancePath + "/batches/" + i1, schemaPath: "#/definitions/batch/required", keyword: "required", params: { missingProperty: "batch" }, message: "must have required property 'batch'", schema: schema15.required, parentSchema: schema15, data: data8 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data8.single === void 0) {
              const err20 = { instancePath: instancePath + "/batches/" + i1, schemaPath: "#/definitions/batch/required", keyword: "required", params: { missingProperty: "single" }, message: "must have required property 'single'", schema: schema15.required, parentSchema: schema15, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key3 in data8) {
              if (!(key3 === "batch" || key3 === "single")) {
                const err21 = { instancePath: instancePath + "/batches/" + i1, schemaPath: "#/definitions/batch/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data8.batch !== void 0) {
              let data9 = data8.batch;
              if (typeof data9 === "string") {
                if (data9.length < 1) {
                  const err22 = { instancePath: instancePath + "/batches/" + i1 + "/batch", schemaPath: "#/definitions/batch/properties/batch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.batch, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/batches/" + i1 + "/batch", schemaPath: "#/definitions/batch/properties/batch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.batch.type, parentSchema: schema15.properties.batch, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data8.single !== void 0) {
              let data10 = data8.single;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err24 = { instancePath: instancePath + "/batches/" + i1 + "/single", schemaPath: "#/definitions/batch/properties/single/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema15.properties.single, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                const len2 = data10.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data11 = data10[i2];
                  if (typeof data11 === "string") {
                    if (data11.length < 1) {
                      const err25 = { instancePath: instancePath + "/batches/" + i1 + "/single/" + i2, schemaPath: "#/definitions/batch/properties/single/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema15.properties.single.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/batches/" + i1 + "/single/" + i2, schemaPath: "#/definitions/batch/properties/single/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.single.items.type, parentSchema: schema15.properties.single.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/batches/" + i1 + "/single", schemaPath: "#/definitions/batch/properties/single/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.single.type, parentSchema: schema15.properties.single, data: data10 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/batches/" + i1, schemaPath: "#/definitions/batch/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data8 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/batches", schemaPath: "#/properties/batches/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.batches.type, parentSchema: schema14.properties.batches, data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      const _errs6 = errors;
      const _errs7 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data["fail-on"] === void 0 && (missing0 = "fail-on")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid1 = _errs7 === errors;
      if (valid1) {
        const err2 = { instancePath, schemaPath: "#/dependencies/failOn/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.dependencies.failOn.not, parentSchema: schema11.dependencies.failOn, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.failOnAi !== void 0) {
      const _errs9 = errors;
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data["fail-on-ai"] === void 0 && (missing1 = "fail-on-ai")) {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var valid2 = _errs10 === errors;
      if (valid2) {
        const err4 = { instancePath, schemaPath: "#/dependencies/failOnAi/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema11.dependencies.failOnAi.not, parentSchema: schema11.dependencies.failOnAi, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data1 = data.include;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (data2.length > 65536) {
              const err6 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters", schema: 65536, parentSchema: schema12, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data2.length < 1) {
              const err7 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern0.test(data2)) {
              const err8 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/pattern", keyword: "pattern", params: { pattern: "^(?!!|/|\\./)" }, message: 'must match pattern "^(?!!|/|\\./)"', schema: "^(?!!|/|\\./)", parentSchema: schema12, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const found0 = func3(true, data2);
            if (found0 !== void 0) {
              const err9 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/x-glob", keyword: "x-glob", params: { found: found0 }, message: "x-glob", schema: true, parentSchema: schema12, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.include.type, parentSchema: schema11.properties.include, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data3 = data.exclude;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (data4.length > 65536) {
              const err12 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters", schema: 65536, parentSchema: schema12, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (data4.length < 1) {
              const err13 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!pattern0.test(data4)) {
              const err14 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/pattern", keyword: "pattern", params: { pattern: "^(?!!|/|\\./)" }, message: 'must match pattern "^(?!!|/|\\./)"', schema: "^(?!!|/|\\./)", parentSchema: schema12, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const found1 = func3(true, data4);
            if (found1 !== void 0) {
              const err15 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/x-glob", keyword: "x-glob", params: { found: found1 }, message: "x-glob", schema: true, parentSchema: schema12, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exclude.type, parentSchema: schema11.properties.exclude, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!(key1 === "io-in-loop" || key1 === "timeout-changed" || key1 === "retry-changed" || key1 === "concurrency-changed")) {
            const err18 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5["io-in-loop"] !== void 0) {
          let data6 = data5["io-in-loop"];
          const _errs41 = errors;
          let valid11 = false;
          const _errs42 = errors;
          if (typeof data6 !== "string") {
            const err19 = { instancePath: instancePath + "/rules/io-in-loop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["io-in-loop"].anyOf[0].type, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (!(data6 === "off" || data6 === "high" || data6 === "medium" || data6 === "low")) {
            const err20 = { instancePath: instancePath + "/rules/io-in-loop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["io-in-loop"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["io-in-loop"].anyOf[0].enum, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var _valid0 = _errs42 === errors;
          valid11 = valid11 || _valid0;
          if (!valid11) {
            const _errs45 = errors;
            if (Array.isArray(data6)) {
              if (data6.length < 1) {
                const err21 = { instancePath: instancePath + "/rules/io-in-loop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1], data: data6 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              const len2 = data6.length;
              if (!(len2 <= 2)) {
                const err22 = { instancePath: instancePath + "/rules/io-in-loop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1], data: data6 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              const len3 = data6.length;
              if (len3 > 0) {
                let data7 = data6[0];
                if (typeof data7 !== "string") {
                  const err23 = { instancePath: instancePath + "/rules/io-in-loop/0", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[0].type, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[0], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (!(data7 === "off" || data7 === "high" || data7 === "medium" || data7 === "low")) {
                  const err24 = { instancePath: instancePath + "/rules/io-in-loop/0", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[0], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (len3 > 1) {
                let data8 = data6[1];
                if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                  for (const key2 in data8) {
                    if (!(key2 === "smallLoop")) {
                      const err25 = { instancePath: instancePath + "/rules/io-in-loop/1", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[1], data: data8 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  }
                  if (data8.smallLoop !== void 0) {
                    let data9 = data8.smallLoop;
                    if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
                      const err26 = { instancePath: instancePath + "/rules/io-in-loop/1/smallLoop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/items/1/properties/smallLoop/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[1].properties.smallLoop.type, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[1].properties.smallLoop, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                    if (typeof data9 == "number" && isFinite(data9)) {
                      if (data9 < 1 || isNaN(data9)) {
                        const err27 = { instancePath: instancePath + "/rules/io-in-loop/1/smallLoop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/items/1/properties/smallLoop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[1].properties.smallLoop, data: data9 };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                    }
                  }
                } else {
                  const err28 = { instancePath: instancePath + "/rules/io-in-loop/1", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].items[1], data: data8 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            } else {
              const err29 = { instancePath: instancePath + "/rules/io-in-loop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["io-in-loop"].anyOf[1].type, parentSchema: schema11.properties.rules.properties["io-in-loop"].anyOf[1], data: data6 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            var _valid0 = _errs45 === errors;
            valid11 = valid11 || _valid0;
          }
          if (!valid11) {
            const err30 = { instancePath: instancePath + "/rules/io-in-loop", schemaPath: "#/properties/rules/properties/io-in-loop/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.properties["io-in-loop"].anyOf, parentSchema: schema11.properties.rules.properties["io-in-loop"], data: data6 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          } else {
            errors = _errs41;
            if (vErrors !== null) {
              if (_errs41) {
                vErrors.length = _errs41;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data5["timeout-changed"] !== void 0) {
          let data10 = data5["timeout-changed"];
          const _errs62 = errors;
          let valid14 = false;
          const _errs63 = errors;
          if (typeof data10 !== "string") {
            const err31 = { instancePath: instancePath + "/rules/timeout-changed", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[0].type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (!(data10 === "off" || data10 === "high" || data10 === "medium" || data10 === "low")) {
            const err32 = { instancePath: instancePath + "/rules/timeout-changed", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["timeout-changed"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[0].enum, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          var _valid1 = _errs63 === errors;
          valid14 = valid14 || _valid1;
          if (!valid14) {
            const _errs66 = errors;
            if (Array.isArray(data10)) {
              if (data10.length < 1) {
                const err33 = { instancePath: instancePath + "/rules/timeout-changed", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              const len4 = data10.length;
              if (!(len4 <= 2)) {
                const err34 = { instancePath: instancePath + "/rules/timeout-changed", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              const len5 = data10.length;
              if (len5 > 0) {
                let data11 = data10[0];
                if (typeof data11 !== "string") {
                  const err35 = { instancePath: instancePath + "/rules/timeout-changed/0", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[0].type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[0], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (!(data11 === "off" || data11 === "high" || data11 === "medium" || data11 === "low")) {
                  const err36 = { instancePath: instancePath + "/rules/timeout-changed/0", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[0], data: data11 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              if (len5 > 1) {
                let data12 = data10[1];
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                  for (const key3 in data12) {
                    if (!(key3 === "raiseFactor" || key3 === "ceilingMs" || key3 === "longWaitFactor" || key3 === "notableFactor" || key3 === "notableIncreaseMs")) {
                      const err37 = { instancePath: instancePath + "/rules/timeout-changed/1", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1], data: data12 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  }
                  if (data12.raiseFactor !== void 0) {
                    let data13 = data12.raiseFactor;
                    if (typeof data13 == "number" && isFinite(data13)) {
                      if (data13 <= 1 || isNaN(data13)) {
                        const err38 = { instancePath: instancePath + "/rules/timeout-changed/1/raiseFactor", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/raiseFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.raiseFactor, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    } else {
                      const err39 = { instancePath: instancePath + "/rules/timeout-changed/1/raiseFactor", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/raiseFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.raiseFactor.type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.raiseFactor, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                  }
                  if (data12.ceilingMs !== void 0) {
                    let data14 = data12.ceilingMs;
                    if (typeof data14 == "number" && isFinite(data14)) {
                      if (data14 <= 0 || isNaN(data14)) {
                        const err40 = { instancePath: instancePath + "/rules/timeout-changed/1/ceilingMs", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/ceilingMs/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.ceilingMs, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    } else {
                      const err41 = { instancePath: instancePath + "/rules/timeout-changed/1/ceilingMs", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/ceilingMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.ceilingMs.type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.ceilingMs, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                  }
                  if (data12.longWaitFactor !== void 0) {
                    let data15 = data12.longWaitFactor;
                    if (typeof data15 == "number" && isFinite(data15)) {
                      if (data15 <= 1 || isNaN(data15)) {
                        const err42 = { instancePath: instancePath + "/rules/timeout-changed/1/longWaitFactor", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/longWaitFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.longWaitFactor, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    } else {
                      const err43 = { instancePath: instancePath + "/rules/timeout-changed/1/longWaitFactor", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/longWaitFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.longWaitFactor.type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.longWaitFactor, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                  if (data12.notableFactor !== void 0) {
                    let data16 = data12.notableFactor;
                    if (typeof data16 == "number" && isFinite(data16)) {
                      if (data16 <= 1 || isNaN(data16)) {
                        const err44 = { instancePath: instancePath + "/rules/timeout-changed/1/notableFactor", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/notableFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.notableFactor, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    } else {
                      const err45 = { instancePath: instancePath + "/rules/timeout-changed/1/notableFactor", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/notableFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.notableFactor.type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.notableFactor, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                  if (data12.notableIncreaseMs !== void 0) {
                    let data17 = data12.notableIncreaseMs;
                    if (typeof data17 == "number" && isFinite(data17)) {
                      if (data17 < 0 || isNaN(data17)) {
                        const err46 = { instancePath: instancePath + "/rules/timeout-changed/1/notableIncreaseMs", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/notableIncreaseMs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.notableIncreaseMs, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    } else {
                      const err47 = { instancePath: instancePath + "/rules/timeout-changed/1/notableIncreaseMs", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/properties/notableIncreaseMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.notableIncreaseMs.type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].properties.notableIncreaseMs, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err48 = { instancePath: instancePath + "/rules/timeout-changed/1", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].items[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            } else {
              const err49 = { instancePath: instancePath + "/rules/timeout-changed", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["timeout-changed"].anyOf[1].type, parentSchema: schema11.properties.rules.properties["timeout-changed"].anyOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            var _valid1 = _errs66 === errors;
            valid14 = valid14 || _valid1;
          }
          if (!valid14) {
            const err50 = { instancePath: instancePath + "/rules/timeout-changed", schemaPath: "#/properties/rules/properties/timeout-changed/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.properties["timeout-changed"].anyOf, parentSchema: schema11.properties.rules.properties["timeout-changed"], data: data10 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          } else {
            errors = _errs62;
            if (vErrors !== null) {
              if (_errs62) {
                vErrors.length = _errs62;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data5["retry-changed"] !== void 0) {
          let data18 = data5["retry-changed"];
          const _errs95 = errors;
          let valid17 = false;
          const _errs96 = errors;
          if (typeof data18 !== "string") {
            const err51 = { instancePath: instancePath + "/rules/retry-changed", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["retry-changed"].anyOf[0].type, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[0], data: data18 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (!(data18 === "off" || data18 === "high" || data18 === "medium" || data18 === "low")) {
            const err52 = { instancePath: instancePath + "/rules/retry-changed", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["retry-changed"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["retry-changed"].anyOf[0].enum, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[0], data: data18 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          var _valid2 = _errs96 === errors;
          valid17 = valid17 || _valid2;
          if (!valid17) {
            const _errs99 = errors;
            if (Array.isArray(data18)) {
              if (data18.length < 1) {
                const err53 = { instancePath: instancePath + "/rules/retry-changed", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1], data: data18 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              const len6 = data18.length;
              if (!(len6 <= 2)) {
                const err54 = { instancePath: instancePath + "/rules/retry-changed", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1], data: data18 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              const len7 = data18.length;
              if (len7 > 0) {
                let data19 = data18[0];
                if (typeof data19 !== "string") {
                  const err55 = { instancePath: instancePath + "/rules/retry-changed/0", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[0].type, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[0], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (!(data19 === "off" || data19 === "high" || data19 === "medium" || data19 === "low")) {
                  const err56 = { instancePath: instancePath + "/rules/retry-changed/0", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[0], data: data19 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              }
              if (len7 > 1) {
                let data20 = data18[1];
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  for (const key4 in data20) {
                    if (!(key4 === "raiseFactor" || key4 === "raiseCalls" || key4 === "delayCutFactor")) {
                      const err57 = { instancePath: instancePath + "/rules/retry-changed/1", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1], data: data20 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  }
                  if (data20.raiseFactor !== void 0) {
                    let data21 = data20.raiseFactor;
                    if (typeof data21 == "number" && isFinite(data21)) {
                      if (data21 <= 1 || isNaN(data21)) {
                        const err58 = { instancePath: instancePath + "/rules/retry-changed/1/raiseFactor", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/properties/raiseFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.raiseFactor, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    } else {
                      const err59 = { instancePath: instancePath + "/rules/retry-changed/1/raiseFactor", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/properties/raiseFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.raiseFactor.type, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.raiseFactor, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  }
                  if (data20.raiseCalls !== void 0) {
                    let data22 = data20.raiseCalls;
                    if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                      const err60 = { instancePath: instancePath + "/rules/retry-changed/1/raiseCalls", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/properties/raiseCalls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.raiseCalls.type, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.raiseCalls, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (typeof data22 == "number" && isFinite(data22)) {
                      if (data22 < 2 || isNaN(data22)) {
                        const err61 = { instancePath: instancePath + "/rules/retry-changed/1/raiseCalls", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/properties/raiseCalls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.raiseCalls, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data20.delayCutFactor !== void 0) {
                    let data23 = data20.delayCutFactor;
                    if (typeof data23 == "number" && isFinite(data23)) {
                      if (data23 <= 1 || isNaN(data23)) {
                        const err62 = { instancePath: instancePath + "/rules/retry-changed/1/delayCutFactor", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/properties/delayCutFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.delayCutFactor, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err62];
                        } else {
                          vErrors.push(err62);
                        }
                        errors++;
                      }
                    } else {
                      const err63 = { instancePath: instancePath + "/rules/retry-changed/1/delayCutFactor", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/properties/delayCutFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.delayCutFactor.type, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].properties.delayCutFactor, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err64 = { instancePath: instancePath + "/rules/retry-changed/1", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1].items[1], data: data20 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            } else {
              const err65 = { instancePath: instancePath + "/rules/retry-changed", schemaPath: "#/properties/rules/properties/retry-changed/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["retry-changed"].anyOf[1].type, parentSchema: schema11.properties.rules.properties["retry-changed"].anyOf[1], data: data18 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            var _valid2 = _errs99 === errors;
            valid17 = valid17 || _valid2;
          }
          if (!valid17) {
            const err66 = { instancePath: instancePath + "/rules/retry-changed", schemaPath: "#/properties/rules/properties/retry-changed/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.properties["retry-changed"].anyOf, parentSchema: schema11.properties.rules.properties["retry-changed"], data: data18 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          } else {
            errors = _errs95;
            if (vErrors !== null) {
              if (_errs95) {
                vErrors.length = _errs95;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data5["concurrency-changed"] !== void 0) {
          let data24 = data5["concurrency-changed"];
          const _errs122 = errors;
          let valid20 = false;
          const _errs123 = errors;
          if (typeof data24 !== "string") {
            const err67 = { instancePath: instancePath + "/rules/concurrency-changed", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[0].type, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[0], data: data24 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          if (!(data24 === "off" || data24 === "high" || data24 === "medium" || data24 === "low")) {
            const err68 = { instancePath: instancePath + "/rules/concurrency-changed", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["concurrency-changed"].anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[0].enum, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[0], data: data24 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          var _valid3 = _errs123 === errors;
          valid20 = valid20 || _valid3;
          if (!valid20) {
            const _errs126 = errors;
            if (Array.isArray(data24)) {
              if (data24.length < 1) {
                const err69 = { instancePath: instancePath + "/rules/concurrency-changed", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              const len8 = data24.length;
              if (!(len8 <= 2)) {
                const err70 = { instancePath: instancePath + "/rules/concurrency-changed", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1], data: data24 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              const len9 = data24.length;
              if (len9 > 0) {
                let data25 = data24[0];
                if (typeof data25 !== "string") {
                  const err71 = { instancePath: instancePath + "/rules/concurrency-changed/0", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[0].type, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[0], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (!(data25 === "off" || data25 === "high" || data25 === "medium" || data25 === "low")) {
                  const err72 = { instancePath: instancePath + "/rules/concurrency-changed/0", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[0].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[0].enum, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[0], data: data25 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
              if (len9 > 1) {
                let data26 = data24[1];
                if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                  for (const key5 in data26) {
                    if (!(key5 === "raiseFactor" || key5 === "cutFactor" || key5 === "poolLowerFactor")) {
                      const err73 = { instancePath: instancePath + "/rules/concurrency-changed/1", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1], data: data26 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  }
                  if (data26.raiseFactor !== void 0) {
                    let data27 = data26.raiseFactor;
                    if (typeof data27 == "number" && isFinite(data27)) {
                      if (data27 <= 1 || isNaN(data27)) {
                        const err74 = { instancePath: instancePath + "/rules/concurrency-changed/1/raiseFactor", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/properties/raiseFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.raiseFactor, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    } else {
                      const err75 = { instancePath: instancePath + "/rules/concurrency-changed/1/raiseFactor", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/properties/raiseFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.raiseFactor.type, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.raiseFactor, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  }
                  if (data26.cutFactor !== void 0) {
                    let data28 = data26.cutFactor;
                    if (typeof data28 == "number" && isFinite(data28)) {
                      if (data28 <= 1 || isNaN(data28)) {
                        const err76 = { instancePath: instancePath + "/rules/concurrency-changed/1/cutFactor", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/properties/cutFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.cutFactor, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    } else {
                      const err77 = { instancePath: instancePath + "/rules/concurrency-changed/1/cutFactor", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/properties/cutFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.cutFactor.type, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.cutFactor, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err77];
                      } else {
                        vErrors.push(err77);
                      }
                      errors++;
                    }
                  }
                  if (data26.poolLowerFactor !== void 0) {
                    let data29 = data26.poolLowerFactor;
                    if (typeof data29 == "number" && isFinite(data29)) {
                      if (data29 < 1 || isNaN(data29)) {
                        const err78 = { instancePath: instancePath + "/rules/concurrency-changed/1/poolLowerFactor", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/properties/poolLowerFactor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.poolLowerFactor, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    } else {
                      const err79 = { instancePath: instancePath + "/rules/concurrency-changed/1/poolLowerFactor", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/properties/poolLowerFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.poolLowerFactor.type, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].properties.poolLowerFactor, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err80 = { instancePath: instancePath + "/rules/concurrency-changed/1", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1].type, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].items[1], data: data26 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
            } else {
              const err81 = { instancePath: instancePath + "/rules/concurrency-changed", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1].type, parentSchema: schema11.properties.rules.properties["concurrency-changed"].anyOf[1], data: data24 };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            var _valid3 = _errs126 === errors;
            valid20 = valid20 || _valid3;
          }
          if (!valid20) {
            const err82 = { instancePath: instancePath + "/rules/concurrency-changed", schemaPath: "#/properties/rules/properties/concurrency-changed/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.rules.properties["concurrency-changed"].anyOf, parentSchema: schema11.properties.rules.properties["concurrency-changed"], data: data24 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          } else {
            errors = _errs122;
            if (vErrors !== null) {
              if (_errs122) {
                vErrors.length = _errs122;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data5 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data30 = data["fail-on"];
      if (typeof data30 !== "string") {
        const err84 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["fail-on"].type, parentSchema: schema11.properties["fail-on"], data: data30 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      if (!(data30 === "high" || data30 === "medium" || data30 === "low" || data30 === "none")) {
        const err85 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["fail-on"].enum, parentSchema: schema11.properties["fail-on"], data: data30 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.failOn !== void 0) {
      let data31 = data.failOn;
      if (typeof data31 !== "string") {
        const err86 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.failOn.type, parentSchema: schema11.properties.failOn, data: data31 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
      if (!(data31 === "high" || data31 === "medium" || data31 === "low" || data31 === "none")) {
        const err87 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOn.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.failOn.enum, parentSchema: schema11.properties.failOn, data: data31 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data["fail-on-ai"] !== void 0) {
      let data32 = data["fail-on-ai"];
      if (typeof data32 !== "string") {
        const err88 = { instancePath: instancePath + "/fail-on-ai", schemaPath: "#/properties/fail-on-ai/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties["fail-on-ai"].type, parentSchema: schema11.properties["fail-on-ai"], data: data32 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
      if (!(data32 === "high" || data32 === "medium" || data32 === "low" || data32 === "none")) {
        const err89 = { instancePath: instancePath + "/fail-on-ai", schemaPath: "#/properties/fail-on-ai/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on-ai"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["fail-on-ai"].enum, parentSchema: schema11.properties["fail-on-ai"], data: data32 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.failOnAi !== void 0) {
      let data33 = data.failOnAi;
      if (typeof data33 !== "string") {
        const err90 = { instancePath: instancePath + "/failOnAi", schemaPath: "#/properties/failOnAi/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.failOnAi.type, parentSchema: schema11.properties.failOnAi, data: data33 };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
      if (!(data33 === "high" || data33 === "medium" || data33 === "low" || data33 === "none")) {
        const err91 = { instancePath: instancePath + "/failOnAi", schemaPath: "#/properties/failOnAi/enum", keyword: "enum", params: { allowedValues: schema11.properties.failOnAi.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.failOnAi.enum, parentSchema: schema11.properties.failOnAi, data: data33 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.clients !== void 0) {
      let data34 = data.clients;
      if (Array.isArray(data34)) {
        const len10 = data34.length;
        for (let i2 = 0; i2 < len10; i2++) {
          if (!validate11(data34[i2], { instancePath: instancePath + "/clients/" + i2, parentData: data34, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
        const found2 = func5("module", data34);
        if (found2 !== void 0) {
          const err92 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/x-unique", keyword: "x-unique", params: { found: found2 }, message: "x-unique", schema: "module", parentSchema: schema11.properties.clients, data: data34 };
          if (vErrors === null) {
            vErrors = [err92];
          } else {
            vErrors.push(err92);
          }
          errors++;
        }
      } else {
        const err93 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.clients.type, parentSchema: schema11.properties.clients, data: data34 };
        if (vErrors === null) {
          vErrors = [err93];
        } else {
          vErrors.push(err93);
        }
        errors++;
      }
    }
    if (data.names !== void 0) {
      let data36 = data.names;
      if (Array.isArray(data36)) {
        const len11 = data36.length;
        for (let i3 = 0; i3 < len11; i3++) {
          let data37 = data36[i3];
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.pattern === void 0) {
              const err94 = { instancePath: instancePath + "/names/" + i3, schemaPath: "#/definitions/name/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema16.required, parentSchema: schema16, data: data37 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
            if (data37.kind === void 0) {
              const err95 = { instancePath: instancePath + "/names/" + i3, schemaPath: "#/definitions/name/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema16.required, parentSchema: schema16, data: data37 };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            for (const key6 in data37) {
              if (!(key6 === "pattern" || key6 === "kind" || key6 === "methods")) {
                const err96 = { instancePath: instancePath + "/names/" + i3, schemaPath: "#/definitions/name/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data37 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data37.pattern !== void 0) {
              let data38 = data37.pattern;
              if (typeof data38 === "string") {
                if (data38.length < 1) {
                  const err97 = { instancePath: instancePath + "/names/" + i3 + "/pattern", schemaPath: "#/definitions/name/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.pattern, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
                const found3 = func6("it would make every name a client", data38);
                if (found3 !== void 0) {
                  const err98 = { instancePath: instancePath + "/names/" + i3 + "/pattern", schemaPath: "#/definitions/name/properties/pattern/x-regex", keyword: "x-regex", params: { found: found3 }, message: "x-regex", schema: "it would make every name a client", parentSchema: schema16.properties.pattern, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
              } else {
                const err99 = { instancePath: instancePath + "/names/" + i3 + "/pattern", schemaPath: "#/definitions/name/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.pattern.type, parentSchema: schema16.properties.pattern, data: data38 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data37.kind !== void 0) {
              let data39 = data37.kind;
              if (typeof data39 !== "string") {
                const err100 = { instancePath: instancePath + "/names/" + i3 + "/kind", schemaPath: "#/definitions/name/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.kind.type, parentSchema: schema16.properties.kind, data: data39 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
              if (!(data39 === "cache" || data39 === "db" || data39 === "network" || data39 === "queue")) {
                const err101 = { instancePath: instancePath + "/names/" + i3 + "/kind", schemaPath: "#/definitions/name/properties/kind/enum", keyword: "enum", params: { allowedValues: schema16.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema16.properties.kind.enum, parentSchema: schema16.properties.kind, data: data39 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data37.methods !== void 0) {
              let data40 = data37.methods;
              if (typeof data40 === "string") {
                if (data40.length < 1) {
                  const err102 = { instancePath: instancePath + "/names/" + i3 + "/methods", schemaPath: "#/definitions/name/properties/methods/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.methods, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                const found4 = func6(true, data40);
                if (found4 !== void 0) {
                  const err103 = { instancePath: instancePath + "/names/" + i3 + "/methods", schemaPath: "#/definitions/name/properties/methods/x-regex", keyword: "x-regex", params: { found: found4 }, message: "x-regex", schema: true, parentSchema: schema16.properties.methods, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              } else {
                const err104 = { instancePath: instancePath + "/names/" + i3 + "/methods", schemaPath: "#/definitions/name/properties/methods/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.methods.type, parentSchema: schema16.properties.methods, data: data40 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          } else {
            const err105 = { instancePath: instancePath + "/names/" + i3, schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data37 };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
      } else {
        const err106 = { instancePath: instancePath + "/names", schemaPath: "#/properties/names/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.names.type, parentSchema: schema11.properties.names, data: data36 };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.thresholds !== void 0) {
      let data41 = data.thresholds;
      if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
        for (const key7 in data41) {
          if (!(key7 === "timeoutRaiseFactor" || key7 === "timeoutCeilingMs" || key7 === "smallLoop")) {
            const err107 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.thresholds, data: data41 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data41.timeoutRaiseFactor !== void 0) {
          let data42 = data41.timeoutRaiseFactor;
          if (typeof data42 == "number" && isFinite(data42)) {
            if (data42 <= 1 || isNaN(data42)) {
              const err108 = { instancePath: instancePath + "/thresholds/timeoutRaiseFactor", schemaPath: "#/properties/thresholds/properties/timeoutRaiseFactor/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 1 }, message: "must be > 1", schema: 1, parentSchema: schema11.properties.thresholds.properties.timeoutRaiseFactor, data: data42 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          } else {
            const err109 = { instancePath: instancePath + "/thresholds/timeoutRaiseFactor", schemaPath: "#/properties/thresholds/properties/timeoutRaiseFactor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.thresholds.properties.timeoutRaiseFactor.type, parentSchema: schema11.properties.thresholds.properties.timeoutRaiseFactor, data: data42 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data41.timeoutCeilingMs !== void 0) {
          let data43 = data41.timeoutCeilingMs;
          if (typeof data43 == "number" && isFinite(data43)) {
            if (data43 <= 0 || isNaN(data43)) {
              const err110 = { instancePath: instancePath + "/thresholds/timeoutCeilingMs", schemaPath: "#/properties/thresholds/properties/timeoutCeilingMs/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.thresholds.properties.timeoutCeilingMs, data: data43 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          } else {
            const err111 = { instancePath: instancePath + "/thresholds/timeoutCeilingMs", schemaPath: "#/properties/thresholds/properties/timeoutCeilingMs/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.thresholds.properties.timeoutCeilingMs.type, parentSchema: schema11.properties.thresholds.properties.timeoutCeilingMs, data: data43 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data41.smallLoop !== void 0) {
          let data44 = data41.smallLoop;
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)) && isFinite(data44))) {
            const err112 = { instancePath: instancePath + "/thresholds/smallLoop", schemaPath: "#/properties/thresholds/properties/smallLoop/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.thresholds.properties.smallLoop.type, parentSchema: schema11.properties.thresholds.properties.smallLoop, data: data44 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
          if (typeof data44 == "number" && isFinite(data44)) {
            if (data44 < 1 || isNaN(data44)) {
              const err113 = { instancePath: instancePath + "/thresholds/smallLoop", schemaPath: "#/properties/thresholds/properties/smallLoop/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.thresholds.properties.smallLoop, data: data44 };
              if (vErrors === null) {
                vErrors = [err113];
              } else {
                vErrors.push(err113);
              }
              errors++;
            }
          }
        }
      } else {
        const err114 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.thresholds.type, parentSchema: schema11.properties.thresholds, data: data41 };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
    }
    if (data.origin !== void 0) {
      let data45 = data.origin;
      if (Array.isArray(data45)) {
        const len12 = data45.length;
        for (let i4 = 0; i4 < len12; i4++) {
          let data46 = data45[i4];
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.signal === void 0) {
              const err115 = { instancePath: instancePath + "/origin/" + i4, schemaPath: "#/definitions/origin/required", keyword: "required", params: { missingProperty: "signal" }, message: "must have required property 'signal'", schema: schema17.required, parentSchema: schema17, data: data46 };
              if (vErrors === null) {
                vErrors = [err115];
              } else {
                vErrors.push(err115);
              }
              errors++;
            }
            if (data46.pattern === void 0) {
              const err116 = { instancePath: instancePath + "/origin/" + i4, schemaPath: "#/definitions/origin/required", keyword: "required", params: { missingProperty: "pattern" }, message: "must have required property 'pattern'", schema: schema17.required, parentSchema: schema17, data: data46 };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
            for (const key8 in data46) {
              if (!(key8 === "signal" || key8 === "pattern" || key8 === "label")) {
                const err117 = { instancePath: instancePath + "/origin/" + i4, schemaPath: "#/definitions/origin/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data: data46 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data46.signal !== void 0) {
              let data47 = data46.signal;
              if (typeof data47 !== "string") {
                const err118 = { instancePath: instancePath + "/origin/" + i4 + "/signal", schemaPath: "#/definitions/origin/properties/signal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.signal.type, parentSchema: schema17.properties.signal, data: data47 };
                if (vErrors === null) {
                  vErrors = [err118];
                } else {
                  vErrors.push(err118);
                }
                errors++;
              }
              if (!(data47 === "trailer" || data47 === "author" || data47 === "committer" || data47 === "message" || data47 === "branch")) {
                const err119 = { instancePath: instancePath + "/origin/" + i4 + "/signal", schemaPath: "#/definitions/origin/properties/signal/enum", keyword: "enum", params: { allowedValues: schema17.properties.signal.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.signal.enum, parentSchema: schema17.properties.signal, data: data47 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data46.pattern !== void 0) {
              let data48 = data46.pattern;
              if (typeof data48 === "string") {
                if (data48.length < 1) {
                  const err120 = { instancePath: instancePath + "/origin/" + i4 + "/pattern", schemaPath: "#/definitions/origin/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.pattern, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
                const found5 = func6("it would mark every commit as AI-assisted", data48);
                if (found5 !== void 0) {
                  const err121 = { instancePath: instancePath + "/origin/" + i4 + "/pattern", schemaPath: "#/definitions/origin/properties/pattern/x-regex", keyword: "x-regex", params: { found: found5 }, message: "x-regex", schema: "it would mark every commit as AI-assisted", parentSchema: schema17.properties.pattern, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
              } else {
                const err122 = { instancePath: instancePath + "/origin/" + i4 + "/pattern", schemaPath: "#/definitions/origin/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.pattern.type, parentSchema: schema17.properties.pattern, data: data48 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data46.label !== void 0) {
              let data49 = data46.label;
              if (typeof data49 === "string") {
                if (data49.length < 1) {
                  const err123 = { instancePath: instancePath + "/origin/" + i4 + "/label", schemaPath: "#/definitions/origin/properties/label/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.label, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
              } else {
                const err124 = { instancePath: instancePath + "/origin/" + i4 + "/label", schemaPath: "#/definitions/origin/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.label.type, parentSchema: schema17.properties.label, data: data49 };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/origin/" + i4, schemaPath: "#/definitions/origin/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data: data46 };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
      } else {
        const err126 = { instancePath: instancePath + "/origin", schemaPath: "#/properties/origin/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.origin.type, parentSchema: schema11.properties.origin, data: data45 };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data50 = data.baseline;
      if (typeof data50 === "string") {
        if (data50.length < 1) {
          const err127 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.baseline, data: data50 };
          if (vErrors === null) {
            vErrors = [err127];
          } else {
            vErrors.push(err127);
          }
          errors++;
        }
      } else {
        const err128 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.baseline.type, parentSchema: schema11.properties.baseline, data: data50 };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
  } else {
    const err129 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err129];
    } else {
      vErrors.push(err129);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/validate.ts
function checkConfig(value, prefix2 = []) {
  const check = validate;
  return check(value) ? void 0 : describe2(pick(check.errors ?? [], value), value, prefix2);
}
function locationOf(error, value) {
  const base = pointerPath(error.instancePath, value);
  if (error.keyword === "additionalProperties") return { path: [...base, String(error.params["additionalProperty"])], key: true };
  if (error.propertyName !== void 0) return { path: [...base, error.propertyName], key: true };
  if (error.keyword === "x-unique") return { path: [...base, ...found(error).at ?? []], key: false };
  if (error.keyword === "not") {
    const pair2 = conflictingPair(error);
    if (pair2) return { path: [...base, later(valueAt(base, value), pair2)[0]], key: true };
  }
  return { path: base, key: false };
}
function pick(errors, value) {
  let kept = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "propertyNames");
  for (const union of errors.filter((e) => e.keyword === "anyOf")) {
    const branches = union.schema;
    const chosen = Math.max(0, branches.findIndex((branch) => hasType(branch, union.data)));
    const prefix2 = `${union.schemaPath}/`;
    kept = kept.filter((e) => !e.schemaPath.startsWith(prefix2) || e.schemaPath.startsWith(`${prefix2}${chosen}/`));
  }
  const ranked = kept.map((error, index) => ({ error, index, order: documentOrder(locationOf(error, value).path, value), own: error.keyword.startsWith("x-") ? 0 : 1 }));
  ranked.sort((a, b) => compareOrder(a.order, b.order) || a.own - b.own || a.index - b.index);
  return (ranked[0] ?? { error: errors[0] }).error;
}
function documentOrder(path5, value) {
  const order = [];
  let at = value;
  for (const step of path5) {
    if (Array.isArray(at)) order.push(Number(step));
    else if (isObject(at)) order.push(Object.keys(at).indexOf(String(step)));
    else break;
    at = at[step];
  }
  return order;
}
function compareOrder(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
function describe2(error, value, prefix2) {
  const { path: inner, key } = locationOf(error, value);
  const path5 = [...prefix2, ...inner];
  const parent = error.parentSchema ?? {};
  const params = error.params;
  const said = (problem, hint) => ({ path: path5, key, problem, hint });
  switch (error.keyword) {
    case "required": {
      const name = String(params["missingProperty"]);
      const property = parent["properties"][name] ?? {};
      return said(`missing "${name}" (expected ${String(property["x-missing"] ?? expectation(property))})`, hintOf(parent));
    }
    case "additionalProperties": {
      const name = String(params["additionalProperty"]);
      const properties = parent["properties"] ?? {};
      const known = Object.keys(properties).filter((k) => properties[k]["x-alias-of"] === void 0);
      const near = closest(name, known, (k) => [k, ...Object.keys(properties).filter((alias) => properties[alias]["x-alias-of"] === k)]);
      return said(`unknown ${String(parent["x-key"] ?? "key")} (known: ${known.join(", ")})`, near ? `did you mean "${near}"?` : String(parent["x-unknown-hint"] ?? hintOf(parent)));
    }
    case "not": {
      const pair2 = conflictingPair(error);
      if (pair2) {
        const object = valueAt(pointerPath(error.instancePath, value), value);
        const [second, first] = later(object, pair2);
        const owner = schemaAt(error.schemaPath.replace(/\/dependencies\/[^/]+\/not$/, ""));
        const properties = owner["properties"] ?? {};
        const alias = properties[second]?.["x-alias-of"] === first || properties[first]?.["x-alias-of"] === second;
        return said(alias ? `same setting as "${first}"; expected only one of them` : `cannot be given together with "${first}"`, `remove "${second}" or "${first}"`);
      }
      break;
    }
    case "x-glob":
    case "x-regex":
      return said(found(error).problem ?? "invalid", found(error).hint ?? hintOf(parent));
    case "x-unique":
      return said(`${show3(found(error).value)} is already configured by ${render([...path5.slice(0, -2), found(error).earlier ?? 0])}`, "merge the two entries into one");
    case "enum": {
      const near = typeof error.data === "string" ? closest(error.data, parent["enum"]) : void 0;
      return said(`expected ${expectation(parent)}, got ${show3(error.data)}`, near ? `did you mean "${near}"?` : hintOf(parent));
    }
  }
  if (error.propertyName !== void 0) return said(`expected ${expectation(parent)}, got ${show3(error.propertyName)}`, hintOf(parent));
  return said(`expected ${expectation(parent)}, got ${show3(error.data)}`, hintOf(parent));
}
function found(error) {
  return error.params["found"] ?? {};
}
function expectation(node) {
  if (typeof node["x-expected"] === "string") return node["x-expected"];
  if (Array.isArray(node["enum"])) return listing(node["enum"].map((option) => JSON.stringify(option)), "or");
  const type = node["type"];
  if (type === "integer" || type === "number") {
    const noun = type === "integer" ? "an integer" : "a number";
    if (typeof node["exclusiveMinimum"] === "number") return `${noun} greater than ${node["exclusiveMinimum"]}`;
    if (typeof node["minimum"] === "number") return `${noun} of at least ${node["minimum"]}`;
    return noun;
  }
  if (type === "string") return node["minLength"] ? "a non-empty string" : "a string";
  if (type === "array") return "an array";
  if (type === "object") return "an object";
  return "a valid value";
}
function hintOf(node) {
  if (typeof node["x-hint"] === "string") return node["x-hint"];
  const description = typeof node["description"] === "string" ? node["description"].replace(/\.$/, "") : "see docs/configuration.md";
  return node["default"] === void 0 ? description : `${description} (default: ${JSON.stringify(node["default"])})`;
}
function conflictingPair(error) {
  const match2 = /\/dependencies\/([^/]+)\/not$/.exec(error.schemaPath);
  const other = (error.schema ?? {})["required"];
  if (!match2 || !Array.isArray(other) || typeof other[0] !== "string") return void 0;
  return [unescapePointer(match2[1]), other[0]];
}
function later(object, [a, b]) {
  const keys = isObject(object) ? Object.keys(object) : [];
  return keys.indexOf(a) > keys.indexOf(b) ? [a, b] : [b, a];
}
function hasType(branch, data) {
  const types = [].concat(branch["type"] ?? []);
  const actual = data === null ? "null" : Array.isArray(data) ? "array" : typeof data;
  return types.some((type) => type === actual || type === "integer" && Number.isInteger(data) || type === "number" && actual === "number");
}
function pointerPath(pointer, value) {
  if (pointer === "") return [];
  const path5 = [];
  let at = value;
  for (const raw of pointer.slice(1).split("/")) {
    const step = unescapePointer(raw);
    const key = Array.isArray(at) ? Number(step) : step;
    path5.push(key);
    at = isObject(at) || Array.isArray(at) ? at[key] : void 0;
  }
  return path5;
}
function valueAt(path5, value) {
  let at = value;
  for (const step of path5) at = isObject(at) || Array.isArray(at) ? at[step] : void 0;
  return at;
}
function unescapePointer(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function render(path5) {
  let at = "";
  for (const step of path5) at = typeof step === "number" ? `${at}[${step}]` : join3(at, step);
  return at;
}
function schemaAt(schemaPath) {
  let node = opsdiff_schema_default;
  for (const raw of schemaPath.replace(/^#\/?/, "").split("/").filter(Boolean)) {
    while (typeof node["$ref"] === "string") node = schemaAt(node["$ref"]);
    node = node[unescapePointer(raw)] ?? {};
  }
  return node;
}
function join3(at, key) {
  const plain = /^[$\w-]+$/.test(key);
  if (!at) return plain ? key : JSON.stringify(key);
  return plain ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
}

// src/config/load.ts
var CONFIG_FILES = ["opsdiff.config.json", ".opsdiffrc.json"];
var DEFAULT_BASELINE = ".opsdiff-baseline.json";
var PROPERTIES = opsdiff_schema_default.properties;
var CONFIG_KEYS = Object.keys(PROPERTIES).filter((key) => PROPERTIES[key]["x-alias-of"] === void 0);
var ALIASES = Object.fromEntries(Object.entries(PROPERTIES).flatMap(([key, node]) => node["x-alias-of"] ? [[key, node["x-alias-of"]]] : []));
function defaultConfig() {
  return { include: [], exclude: [], rules: {}, failOn: "high", clients: [], names: [], thresholds: { ...DEFAULT_THRESHOLDS }, origin: [] };
}
async function findConfig(repoRoot) {
  const found2 = [];
  for (const name of CONFIG_FILES) if (await isFile(path3.join(repoRoot, name))) found2.push(name);
  if (await packageJsonHasConfig(path3.join(repoRoot, "package.json"))) found2.push("package.json");
  if (found2.length > 1) {
    const names = found2.map((name) => name === "package.json" ? 'package.json ("opsdiff" key)' : name);
    throw new OpsdiffError("bad-config", `more than one configuration file: ${listing(names, "and")}`, { cli: "keep one of them (opsdiff reads only one), or choose one with --config <file>", action: "keep one of them (opsdiff reads only one), or choose one with the config input" });
  }
  return found2[0] === void 0 ? void 0 : path3.join(repoRoot, found2[0]);
}
async function loadConfig(file, repoRoot) {
  let absolute;
  let display;
  if (file === void 0) {
    const found2 = await findConfig(repoRoot);
    if (found2 === void 0) return withDefaultBaseline(defaultConfig(), repoRoot);
    absolute = found2;
    display = path3.relative(repoRoot, found2);
  } else {
    absolute = path3.resolve(file);
    display = file;
  }
  const inPackage = path3.basename(absolute) === "package.json";
  const document = parseJsonText(await readConfigFile(absolute, display), display, { jsonc: !inPackage, file: absolute });
  const raw = document.value;
  let config;
  if (inPackage) {
    if (!isObject(raw) || !Object.hasOwn(raw, "opsdiff")) {
      throw new OpsdiffError("bad-config", `${display}: no "opsdiff" key`, { cli: 'put the configuration under "opsdiff" in package.json, or pass a separate JSON file with --config', action: 'put the configuration under "opsdiff" in package.json, or name a separate JSON file in the config input' });
    }
    const nested = raw["opsdiff"];
    if (!isObject(nested)) throw configError({ path: ["opsdiff"], key: false, problem: `expected an object, got ${show3(nested)}`, hint: CONFIG_EXAMPLE }, display, { document, file: absolute });
    config = validate2(nested, display, { document, file: absolute }, ["opsdiff"]);
  } else {
    config = validate2(raw, display, { document, file: absolute });
  }
  if (config.baseline !== void 0) return { ...config, baseline: path3.resolve(path3.dirname(absolute), config.baseline) };
  return withDefaultBaseline(config, repoRoot);
}
function validate2(raw, source, text, root = []) {
  const problem = checkConfig(raw, root);
  if (problem) throw configError(problem, source, text);
  return build2(raw, source);
}
function configError(problem, source, text) {
  const where = text?.document.locate(problem.path, problem.key);
  const file = where ? `${source}:${where.line}:${where.column}` : source;
  const at = render(problem.path);
  return new OpsdiffError("bad-config", at ? `${file}: ${at}: ${problem.problem}` : `${file}: ${problem.problem}`, problem.hint, where && text && { file: text.file, ...where });
}
function build2(raw, source) {
  const config = defaultConfig();
  config.source = source;
  for (const [key, value] of Object.entries(raw)) {
    switch (ALIASES[key] ?? key) {
      case "include":
        config.include = [...value];
        break;
      case "exclude":
        config.exclude = [...value];
        break;
      case "rules": {
        const options2 = {};
        for (const [id, setting] of Object.entries(value)) {
          const [severity, given] = Array.isArray(setting) ? setting : [setting];
          config.rules[id] = severity;
          if (given !== void 0) options2[id] = { ...given };
        }
        if (Object.keys(options2).length) config.ruleOptions = options2;
        break;
      }
      case "fail-on":
        config.failOn = value;
        break;
      case "fail-on-ai":
        config.failOnAi = value;
        break;
      case "clients":
        config.clients = value.map((client) => {
          const out = { ...client };
          if (client.methods) out.methods = [...client.methods];
          if (client.exports) out.exports = { ...client.exports };
          if (client.batches) out.batches = client.batches.map((pair2) => ({ batch: pair2.batch, single: [...pair2.single] }));
          return out;
        });
        break;
      case "names":
        config.names = value.map((name) => ({ ...name }));
        break;
      case "thresholds":
        config.thresholds = { ...DEFAULT_THRESHOLDS, ...value };
        break;
      case "origin":
        config.origin = value.map((origin) => ({ ...origin }));
        break;
      case "baseline":
        config.baseline = value;
        break;
    }
  }
  return config;
}
async function readConfigFile(absolute, display) {
  try {
    return await readFile2(absolute, "utf8");
  } catch (error) {
    const code = error.code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : code ?? error.message;
    throw new OpsdiffError("bad-config", `${display}: cannot read the configuration file (${reason})`, { cli: "pass the path of a JSON file with --config (relative to the current directory)", action: "set the config input to the path of a JSON file, relative to working-directory" });
  }
}
async function isFile(file) {
  try {
    return (await stat2(file)).isFile();
  } catch {
    return false;
  }
}
async function packageJsonHasConfig(file) {
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch {
    return false;
  }
  try {
    const raw = parseJsonText(text, "package.json", { jsonc: false }).value;
    return isObject(raw) && Object.hasOwn(raw, "opsdiff");
  } catch (error) {
    if (text.includes('"opsdiff"')) throw error;
    return false;
  }
}
async function withDefaultBaseline(config, repoRoot) {
  const file = path3.resolve(repoRoot, DEFAULT_BASELINE);
  return await isFile(file) ? { ...config, baseline: file } : config;
}

// src/config/baseline.ts
import { readFile as readFile3, writeFile } from "node:fs/promises";
var DEFAULT_BASELINE2 = ".opsdiff-baseline.json";
async function writeBaseline(path5, report, previous) {
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const f of previous?.findings ?? []) if (!seen.has(f.fingerprint)) seen.add(f.fingerprint) && findings.push(f);
  for (const f of report.findings) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    findings.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.location.file, line: f.location.line, message: f.message });
  }
  const file = { version: 1, tool: `opsdiff ${report.tool.version}`, base: report.base, head: report.head, findings };
  await writeFile(path5, JSON.stringify(file, null, 2) + "\n");
  return file;
}
async function readBaseline(path5, required) {
  let text;
  try {
    text = await readFile3(path5, "utf8");
  } catch {
    if (!required) return void 0;
    throw new OpsdiffError("bad-config", `cannot read the baseline ${path5}`, "create it with: opsdiff baseline --base <rev>");
  }
  try {
    const parsed = JSON.parse(text);
    if (parsed.version !== 1 || !Array.isArray(parsed.findings) || !parsed.findings.every((f) => typeof f?.fingerprint === "string")) throw new Error("not an opsdiff baseline (version 1)");
    return parsed;
  } catch (error) {
    throw new OpsdiffError("bad-config", `${path5}: ${error.message}`, "regenerate it with: opsdiff baseline --base <rev>");
  }
}

// src/verdict.ts
var FAIL_LEVELS = ["high", "medium", "low", "none"];
function parseFailOn(value, name) {
  if (value === void 0) return void 0;
  if (!FAIL_LEVELS.includes(value)) throw new InputError(`unknown ${name} level '${value}'`, `use one of: ${FAIL_LEVELS.join(", ")}`);
  return value;
}
function exitCodeFor(report, failOn, failOnAi) {
  const rank = (level) => level === "none" ? Infinity : SEVERITY_RANK[level];
  const threshold = rank(failOn);
  const aiThreshold = failOnAi === void 0 ? threshold : Math.min(threshold, rank(failOnAi));
  return report.findings.some((f) => SEVERITY_RANK[f.severity] >= (f.origin === "ai-assisted" ? aiThreshold : threshold)) ? 1 : 0;
}

// src/check.ts
async function prepareCheck(request) {
  const repo = await openRepository(request.cwd);
  const config = await loadConfig(request.configPath, repo.root);
  const options2 = {
    cwd: request.cwd,
    ...request.base !== void 0 ? { base: request.base } : {},
    ...request.head !== void 0 ? { head: request.head } : {},
    staged: !!request.staged,
    ...request.env ? { env: request.env } : {},
    ...request.origin ? { origin: request.origin } : {},
    ...request.cacheDir ? { cacheDir: request.cacheDir } : {},
    config,
    ...config.include.length ? { include: config.include } : {},
    // Configured exclusions add to the defaults (tests, mocks, build output).
    exclude: [...DEFAULT_EXCLUDE, ...config.exclude]
  };
  return { config, options: options2, failOn: request.failOn ?? config.failOn, failOnAi: request.failOnAi ?? config.failOnAi, root: repo.root };
}
async function runCheck(request) {
  const { config, options: options2, failOn, failOnAi } = await prepareCheck(request);
  const baseline = config.baseline ? await readBaseline(config.baseline, true) : void 0;
  const report = await analyze({ ...options2, ...baseline ? { baseline: new Set(baseline.findings.map((f) => f.fingerprint)) } : {} });
  return { report, config, failOn, failOnAi, verdict: exitCodeFor(report, failOn, failOnAi) };
}

// src/cli/main.ts
import { homedir } from "node:os";
import { join as join5, resolve } from "node:path";

// src/report/json.ts
function toJsonReport(report) {
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    base: report.base,
    head: report.head,
    files: {
      analyzed: [...report.files.analyzed],
      skipped: report.files.skipped.map(({ path: path5, reason }) => ({ path: path5, reason }))
    },
    commits: report.commits.map(({ sha, subject, origin, evidence }) => ({
      sha,
      subject,
      origin,
      evidence: evidence.map(({ signal, detail }) => ({ signal, detail }))
    })),
    findings: report.findings.map(toJsonFinding),
    summary: { risk: report.summary.risk, findings: report.summary.findings }
  };
}
function renderJson(report) {
  return `${JSON.stringify(toJsonReport(report), null, 2)}
`;
}
function toJsonFinding(finding3) {
  const { location } = finding3;
  return {
    ruleId: finding3.ruleId,
    category: finding3.category,
    severity: finding3.severity,
    file: location.file,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    message: finding3.message,
    effect: { kind: finding3.effect.kind, callee: finding3.effect.callee },
    before: finding3.before,
    after: finding3.after,
    commits: [...finding3.commits],
    // Absent rather than null: the contract has the key only "when known".
    ...finding3.origin === void 0 ? {} : { origin: finding3.origin },
    related: finding3.related.map(({ file, line, column, endLine, endColumn, side: side3, message }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      side: side3,
      message
    }))
  };
}

// src/report/text.ts
var ANSI = {
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m"
};
var RESET = "\x1B[0m";
var SEVERITY_STYLE = {
  high: ["bold", "red"],
  medium: ["yellow"],
  low: ["cyan"]
};
var LABEL_WIDTH = 8;
function renderText(report, options2 = {}) {
  const paint = painter(options2.color === true);
  const lines = [];
  for (const group of groupByFile(report.findings)) {
    const count = paint(`(${plural(group.findings.length, "finding")})`, "dim");
    lines.push(`${paint(printable(group.file), "bold")} ${count}`);
    for (const finding3 of group.findings) lines.push(...findingLines(finding3, report, paint), "");
  }
  const { failed, leftOut } = splitSkipped(report.files.skipped);
  for (const skipped of failed) {
    lines.push(`${paint("note:", "yellow")} skipped ${printable(skipped.path)}: ${printable(skipped.reason)}`);
  }
  if (leftOut.length) lines.push(`${paint("note:", "yellow")} ${printable(leftOutLine(leftOut))}`);
  for (const note of report.notes ?? []) lines.push(`${paint("note:", "yellow")} ${printable(note)}`);
  if (report.files.skipped.length > 0 || (report.notes ?? []).length > 0) lines.push("");
  lines.push(paint(summaryLine(report), "bold"));
  const first = report.findings[0];
  if (first) {
    lines.push(paint(`hint: a finding judged acceptable can be suppressed where it is, with the reason: // opsdiff-ignore-next-line ${first.ruleId} -- <why this is fine>`, "dim"));
  }
  return `${lines.join("\n")}
`;
}
function summaryLine(report) {
  const analyzed2 = `${plural(report.files.analyzed.length, "file")} analyzed`;
  const { failed, leftOut } = splitSkipped(report.files.skipped);
  const skipped = `${failed.length > 0 ? `, ${failed.length} skipped` : ""}${leftOut.length > 0 ? `, ${leftOut.length} left out` : ""}`;
  const { findings } = report;
  if (sameRevision(report)) return `nothing to compare: base and head are the same commit (${shortSha(report.head)})`;
  if (findings.length === 0) return `no risky changes in ${analyzed2}${skipped}`;
  const counted = `${plural(findings.length, "finding")} (${describeCounts(findings)})`;
  return `${counted} in ${analyzed2}${skipped}; risk: ${report.summary.risk}`;
}
function findingLines(finding3, report, paint) {
  const label = (name) => paint(name.padEnd(LABEL_WIDTH), "dim");
  const baseMark = finding3.side === "base" ? paint(" (base)", "dim") : "";
  const heading = [
    paint(printable(formatLocation(finding3.location)), "bold") + baseMark,
    paint(finding3.severity, ...SEVERITY_STYLE[finding3.severity]),
    finding3.ruleId,
    paint(`${finding3.category}, ${finding3.effect.kind} ${printable(finding3.effect.callee)}`, "dim")
  ].join("  ");
  const lines = [`  ${heading}`, `    ${printable(finding3.message)}`];
  const callPath = callPathOf(finding3);
  if (callPath) lines.push(`    ${label("path")} ${printable(callPath)}`);
  for (const related of finding3.related) {
    const side3 = related.side === "base" ? paint(" (base)", "dim") : "";
    lines.push(`    ${label("related")} ${printable(formatLocation(related))}${side3}  ${printable(related.message)}`);
  }
  const origin = describeOrigin(finding3, report);
  if (origin) lines.push(`    ${label("origin")} ${origin}`);
  lines.push(...codeFrame(finding3, paint));
  return lines;
}
function codeFrame(finding3, paint) {
  const snippet = finding3.snippet ?? [];
  if (snippet.length === 0) return [];
  const width = String(snippet[snippet.length - 1].line).length;
  const out = [];
  let previous;
  for (const { line, text } of snippet) {
    if (previous !== void 0 && line > previous + 1) out.push(paint(`      ${" ".repeat(width)} :`, "dim"));
    const here = line === finding3.location.line;
    const gutter = `${here ? ">" : " "} ${String(line).padStart(width)} |`;
    out.push(`    ${here ? paint(gutter, "bold") : paint(gutter, "dim")} ${printable(text)}`);
    previous = line;
  }
  return out;
}
function describeOrigin(finding3, report) {
  const commits = commitsOf(finding3, report).map(
    ({ sha, commit }) => commit ? `${shortSha(sha)} ${printable(commit.subject)}` : shortSha(sha)
  );
  if (finding3.origin === void 0 && commits.length === 0) return void 0;
  const parts = [finding3.origin ?? "origin unknown"];
  if (commits.length > 0) parts.push(`from ${commits.join("; ")}`);
  return parts.join(", ");
}
function painter(enabled) {
  if (!enabled) return (text) => text;
  return (text, ...styles) => `${styles.map((style) => ANSI[style]).join("")}${text}${RESET}`;
}
function splitSkipped(skipped) {
  return { failed: skipped.filter((f) => !isLeftOut(f)), leftOut: skipped.filter(isLeftOut) };
}
function leftOutLine(leftOut) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const f of leftOut) {
    const why = f.reason.slice(LEFT_OUT.length);
    counts2.set(why, (counts2.get(why) ?? 0) + 1);
  }
  const parts = [...counts2].sort((a, b) => b[1] - a[1]).map(([why, n]) => /^(excluded|outside) /.test(why) ? `${n} ${why}` : plural(n, why, why.endsWith("y") ? `${why.slice(0, -1)}ies` : `${why}s`));
  return `left out ${plural(leftOut.length, "changed file")}: ${parts.join(", ")}`;
}

// src/report/markdown.ts
var TABLE_RULE = "| --- | --- | --- | --- |";
var MENTION_BREAK = "@&#8205;";
function escapeMarkdown(text) {
  return printable(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+\-.!|~=]/g, "\\$&").replace(/@/g, MENTION_BREAK);
}
function markdownCode(text, options2 = {}) {
  const content = printable(text);
  if (content === "") return "` `";
  const longestBacktickRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestBacktickRun + 1);
  const padding = content.startsWith("`") || content.endsWith("`") ? " " : "";
  const span = `${fence}${padding}${content}${padding}${fence}`;
  return options2.inTable ? span.replace(/\|/g, "\\|") : span;
}
var URL_LIKE = /\b[a-z][a-z0-9+.-]*:\/\/|\bwww\./i;
function markdownEvidence(detail, options2 = {}) {
  return URL_LIKE.test(detail) ? markdownCode(detail, options2) : escapeMarkdown(detail);
}
function markdownMessage(message, options2 = {}) {
  const parts = message.split("`");
  if (parts.length % 2 === 0) return escapeMarkdown(message);
  return parts.map((part, index) => index % 2 === 1 ? markdownCode(part, options2) : escapeMarkdown(part)).join("");
}
function renderMarkdown(report, limits = {}) {
  const findings = [...report.findings].sort(compareFindings);
  const rows = Math.min(findings.length, limits.tableRows ?? Infinity);
  const sections = Math.min(rows, limits.sections ?? Infinity);
  const commits = commitsToShow(report.commits, limits.commitRows ?? Infinity);
  const blocks = findings.length === 0 ? noFindings(report) : [
    `## opsdiff: ${report.summary.risk} risk`,
    `${plural(findings.length, "risky change")} (${describeCounts(findings)}) in ${analyzed(report)}.`,
    findingsTable(findings.slice(0, rows)),
    ...findings.slice(0, sections).map((finding3, index) => findingSection(finding3, index + 1, report))
  ];
  if (report.commits.length > 0) blocks.push(commitsSection(report.commits, commits));
  if (report.files.skipped.length > 0) blocks.push(skippedList(report));
  const cut = [
    rows < findings.length ? `${plural(findings.length - rows, "finding")} left out of the table` : "",
    sections < rows ? `${plural(rows - sections, "finding")} shown without details` : "",
    commitsLeftOut(report.commits, commits)
  ].filter(Boolean);
  if (cut.length > 0) blocks.push(`> [!NOTE]
> Shortened to fit: ${cut.join("; ")}.${limits.elsewhere ? ` The full report: ${limits.elsewhere}.` : ""}`);
  return `${blocks.join("\n\n")}
`;
}
function analyzed(report) {
  return `${plural(report.files.analyzed.length, "file")} analyzed`;
}
function noFindings(report) {
  if (sameRevision(report)) return ["## opsdiff: nothing to compare", `Base and head are the same commit (\`${shortSha(report.head)}\`): there is no change to analyze.`];
  return ["## opsdiff: no risky changes", `No risky changes in ${analyzed(report)}.`];
}
function findingsTable(findings) {
  const rows = findings.map(
    (finding3) => tableRow([
      finding3.severity === "high" ? `**${finding3.severity}**` : finding3.severity,
      markdownCode(`${finding3.location.file}:${finding3.location.line}`, { inTable: true }),
      escapeMarkdown(finding3.ruleId),
      `${markdownCode(finding3.effect.callee, { inTable: true })} (${escapeMarkdown(finding3.effect.kind)})`
    ])
  );
  return [tableRow(["Severity", "Location", "Rule", "Call"]), TABLE_RULE, ...rows].join("\n");
}
function findingSection(finding3, number, report) {
  const place = markdownCode(`${finding3.location.file}:${finding3.location.line}`);
  const side3 = finding3.side === "base" ? " (base revision)" : "";
  const ruleId = escapeMarkdown(finding3.ruleId);
  const rule = finding3.helpUri ? `[${ruleId}](${finding3.helpUri})` : ruleId;
  const heading = `### ${number}. ${finding3.severity}: ${rule} in ${place}${side3}`;
  const items = [];
  const callPath = callPathOf(finding3);
  if (callPath) items.push(`- **Call path:** ${markdownCode(callPath)}`);
  if (finding3.related.length > 0) {
    items.push("- **Related:**", ...finding3.related.map((related) => `  - ${describeRelated(related)}`));
  }
  if (finding3.why) items.push(`- **Why it matters:** ${finding3.why}`);
  if (finding3.fix) items.push(`- **What to do:** ${finding3.fix}`);
  const origin = describeOrigin2(finding3, report);
  if (origin) items.push(`- **Introduced by:** ${origin}`);
  return [heading, markdownMessage(finding3.message), ...items.length > 0 ? [items.join("\n")] : []].join("\n\n");
}
function describeRelated(related) {
  const place = markdownCode(`${related.file}:${related.line}:${related.column}`);
  const side3 = related.side === "base" ? " (base revision)" : "";
  return `${place}${side3} ${markdownMessage(related.message)}`;
}
function describeOrigin2(finding3, report) {
  return describeIntroduction(
    finding3,
    report,
    (sha, subject) => subject === void 0 ? markdownCode(sha) : `${markdownCode(sha)} ${escapeMarkdown(subject)}`
  );
}
function commitsSection(commits, shown2 = commits) {
  const ai = commits.filter((commit) => commit.origin === "ai-assisted").length;
  const count = `${plural(commits.length, "commit")}: ${ai} ai-assisted, ${commits.length - ai} human (origin: ${combinedOrigin([...commits])}).`;
  const rows = shown2.map(
    (commit) => tableRow([
      markdownCode(shortSha(commit.sha), { inTable: true }),
      escapeMarkdown(commit.subject),
      commit.origin,
      commit.evidence.length === 0 ? "none" : commit.evidence.map(({ signal, detail }) => `${escapeMarkdown(signal)}: ${markdownEvidence(detail, { inTable: true })}`).join("; ")
    ])
  );
  const table = [tableRow(["Commit", "Subject", "Origin", "Evidence"]), TABLE_RULE, ...rows].join("\n");
  return ["### Commits", count, ...rows.length > 0 ? [table] : []].join("\n\n");
}
function commitsToShow(commits, limit) {
  const byPriority = [...commits.filter((c) => c.origin === "ai-assisted"), ...commits.filter((c) => c.origin !== "ai-assisted")];
  const kept = new Set(byPriority.slice(0, limit));
  return commits.filter((commit) => kept.has(commit));
}
function commitsLeftOut(commits, shown2) {
  const left = commits.length - shown2.length;
  if (left === 0) return "";
  const ai = commits.filter((c) => c.origin === "ai-assisted").length - shown2.filter((c) => c.origin === "ai-assisted").length;
  const which = ai === 0 ? plural(left, "human commit") : `${plural(left, "commit")} (${ai} ai-assisted)`;
  return `${which} left out of the commits table`;
}
function skippedList(report) {
  const { failed, leftOut } = splitSkipped(report.files.skipped);
  const items = failed.map(({ path: path5, reason }) => `- ${markdownCode(path5)}: ${escapeMarkdown(reason)}`);
  const lines = failed.length ? [`**Skipped ${plural(failed.length, "file")}** (not analyzed):`, ...items] : [];
  if (leftOut.length) lines.push(`${failed.length ? "\n" : ""}_${escapeMarkdown(leftOutLine(leftOut))}._`);
  return lines.join("\n");
}
function tableRow(cells) {
  return `| ${cells.join(" | ")} |`;
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_VERSION = "2.1.0";
var GITHUB_SARIF_LIMITS = { resultsPerRun: 25e3, locationsPerResult: 1e3, tagsPerRule: 20 };
var FINGERPRINT_KEY = "opsdiff/v1";
var AUTOMATION_ID = "opsdiff/";
var SOURCE_ROOT = "%SRCROOT%";
var INFORMATION_URI = "https://www.npmjs.com/package/opsdiff";
var MAX_LINKS_IN_MESSAGE = 10;
var DEFAULT_PRECISION = "medium";
var SARIF_LEVEL = { high: "error", medium: "warning", low: "note" };
function toSarif(report) {
  const rules = rulesFor(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const ordered = [...report.findings].sort(compareFindings);
  const kept = ordered.slice(0, GITHUB_SARIF_LIMITS.resultsPerRun);
  const omitted = ordered.length - kept.length;
  const fingerprints = uniqueFingerprints(kept);
  const results = kept.map(
    (finding3, index) => toResult2(finding3, ruleIndex.get(finding3.ruleId) ?? 0, fingerprints[index])
  );
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: "opsdiff",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules
          }
        },
        automationDetails: { id: AUTOMATION_ID },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { description: { text: "The root of the analyzed repository." } }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(report, omitted) }],
        results,
        properties: {
          base: report.base,
          head: report.head,
          risk: report.summary.risk,
          findings: report.findings.length,
          ...omitted > 0 ? { omittedFindings: omitted } : {}
        }
      }
    ]
  };
}
function renderSarif(report) {
  return `${JSON.stringify(toSarif(report), null, 2)}
`;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function artifactUri(path5) {
  return path5.split("/").map(encodeURIComponent).join("/");
}
function escapeSarifText(text) {
  return text.replace(/[\\[\]]/g, (char) => `\\${char}`);
}
function rulesFor(report) {
  const rules = /* @__PURE__ */ new Map();
  for (const meta of report.rules) if (!rules.has(meta.id)) rules.set(meta.id, toRule(meta));
  for (const finding3 of report.findings) {
    if (!rules.has(finding3.ruleId)) rules.set(finding3.ruleId, toRule(metaFromFinding(finding3)));
  }
  return [...rules.values()];
}
function toRule(meta) {
  const { notFor } = meta;
  const helpText = [
    meta.summary,
    `Why it matters: ${meta.why}`,
    `What to do: ${meta.fix}`,
    ...notFor.length > 0 ? [["Not a problem when:", ...notFor.map((line) => `- ${line}`)].join("\n")] : []
  ].join("\n\n");
  const helpMarkdown = [
    meta.summary,
    `**Why it matters.** ${meta.why}`,
    `**What to do.** ${meta.fix}`,
    ...notFor.length > 0 ? [["**Not a problem when:**", "", ...notFor.map((line) => `- ${line}`)].join("\n")] : [],
    ...meta.helpUri ? [`[Rule documentation](${meta.helpUri})`] : []
  ].join("\n\n");
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: meta.summary },
    fullDescription: { text: `${meta.summary} ${meta.why}`.trim() },
    help: { text: helpText, markdown: helpMarkdown },
    ...meta.helpUri ? { helpUri: meta.helpUri } : {},
    defaultConfiguration: { level: SARIF_LEVEL[meta.severity] },
    properties: {
      tags: [meta.category, "reliability"].slice(0, GITHUB_SARIF_LIMITS.tagsPerRule),
      precision: DEFAULT_PRECISION,
      category: meta.category
    }
  };
}
function metaFromFinding(finding3) {
  return {
    id: finding3.ruleId,
    category: finding3.category,
    severity: finding3.severity,
    summary: finding3.ruleId,
    why: finding3.why,
    fix: finding3.fix,
    notFor: [],
    helpUri: finding3.helpUri
  };
}
function toResult2(finding3, ruleIndex, fingerprint) {
  const related = finding3.related.filter((location) => location.side === "head").slice(0, GITHUB_SARIF_LIMITS.locationsPerResult - 1).map((location, index) => ({ id: index + 1, location }));
  return {
    ruleId: finding3.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[finding3.severity],
    message: { text: resultMessage(finding3, related) },
    locations: [{ physicalLocation: primaryLocation(finding3) }],
    ...related.length > 0 ? {
      relatedLocations: related.map(({ id, location }) => ({
        id,
        physicalLocation: physicalLocation(location),
        message: { text: escapeSarifText(location.message) }
      }))
    } : {},
    ...fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: fingerprint } } : {},
    properties: {
      category: finding3.category,
      effect: finding3.effect,
      before: finding3.before,
      after: finding3.after,
      change: describeChange(finding3),
      commits: finding3.commits,
      ...finding3.origin === void 0 ? {} : { origin: finding3.origin },
      side: finding3.side
    }
  };
}
function resultMessage(finding3, related) {
  const parts = [escapeSarifText(finding3.message)];
  if (finding3.side === "base") parts.push(`This code was removed: ${escapeSarifText(`${finding3.location.file}:${finding3.location.line}`)} in the base revision.`);
  const headLinks = related.slice(0, MAX_LINKS_IN_MESSAGE).map(({ id, location }) => `[${escapeSarifText(location.message || `${location.file}:${location.line}`)}](${id})`);
  if (headLinks.length > 0) parts.push(`Related: ${headLinks.join("; ")}.`);
  const basePlaces = finding3.related.filter((location) => location.side === "base").slice(0, MAX_LINKS_IN_MESSAGE).map((location) => escapeSarifText(`${location.message} (${location.file}:${location.line})`));
  if (basePlaces.length > 0) parts.push(`In the base revision: ${basePlaces.join("; ")}.`);
  return parts.join(" ");
}
function primaryLocation(finding3) {
  if (finding3.side === "head") return physicalLocation(finding3.location);
  const head = finding3.related.find((location) => location.side === "head");
  return head ? physicalLocation(head) : { artifactLocation: { uri: artifactUri(finding3.location.file), uriBaseId: SOURCE_ROOT } };
}
function physicalLocation(location) {
  const startLine = Math.max(1, location.line);
  const startColumn = Math.max(1, location.column);
  const endLine = Math.max(startLine, location.endLine);
  const hasEndColumn = endLine > startLine ? location.endColumn >= 1 : location.endColumn > startColumn;
  return {
    artifactLocation: { uri: artifactUri(location.file), uriBaseId: SOURCE_ROOT },
    region: { startLine, startColumn, endLine, ...hasEndColumn ? { endColumn: location.endColumn } : {} }
  };
}
function uniqueFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map(({ fingerprint }) => {
    if (!fingerprint) return void 0;
    const occurrence = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, occurrence);
    return occurrence === 1 ? fingerprint : `${fingerprint}:${occurrence}`;
  });
}
function notifications(report, omitted) {
  const skipped = report.files.skipped.map(({ path: path5, reason }) => ({
    level: "warning",
    message: { text: escapeSarifText(`Skipped ${path5}: ${reason}`) },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(path5), uriBaseId: SOURCE_ROOT } } }]
  }));
  if (omitted === 0) return skipped;
  return [
    ...skipped,
    {
      level: "warning",
      message: {
        text: `${omitted} least severe findings were left out to stay within GitHub's limit of ${GITHUB_SARIF_LIMITS.resultsPerRun} results per run; the JSON report lists them all.`
      }
    }
  ];
}

// src/report/index.ts
var RENDERERS = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  markdown: (report) => renderMarkdown(report)
};
var FORMATS = Object.freeze(["text", "json", "sarif", "markdown"]);
function isFormat(name) {
  return Object.hasOwn(RENDERERS, name);
}
function renderReport(report, format2, opts = {}) {
  if (!isFormat(format2)) {
    throw new InputError(`unknown report format "${String(format2)}"`, `use one of: ${FORMATS.join(", ")}`);
  }
  return RENDERERS[format2](report, opts);
}

// src/cli/demo.ts
import { execFileSync } from "node:child_process";
import { cpSync, existsSync as existsSync2, mkdtempSync, rmSync as rmSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var FIXTURE = "fixtures/io-in-loop/flagship-helper-in-loop";
function findFixture() {
  let dir = dirname(fileURLToPath3(import.meta.url));
  for (; ; ) {
    const candidate = join4(dir, FIXTURE);
    if (existsSync2(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`the demo fixture ${FIXTURE} is not in this installation`);
    dir = parent;
  }
}
async function runDemo() {
  const fixture = findFixture();
  const dir = mkdtempSync(join4(tmpdir(), "opsdiff-demo-"));
  const git2 = (...args) => execFileSync("git", args, { cwd: dir, stdio: "pipe", env: { ...process.env, GIT_AUTHOR_NAME: "Demo", GIT_AUTHOR_EMAIL: "demo@example.com", GIT_COMMITTER_NAME: "Demo", GIT_COMMITTER_EMAIL: "demo@example.com" } });
  try {
    git2("init", "-q", "-b", "main");
    cpSync(join4(fixture, "before"), dir, { recursive: true });
    git2("add", "-A");
    git2("commit", "-q", "-m", "pricing: read discount rules once per request");
    git2("checkout", "-q", "-b", "refactor");
    rmSync2(join4(dir, "src"), { recursive: true, force: true });
    cpSync(join4(fixture, "after"), dir, { recursive: true });
    git2("add", "-A");
    git2("commit", "-q", "-m", "pricing: extract discountFor helper to reduce duplication", "-m", "Co-authored-by: Claude <noreply@anthropic.com>");
    return await analyze({ cwd: dir, base: "main", head: "HEAD" });
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}

// src/cli/hook.ts
import { execFile } from "node:child_process";
import { chmod, lstat, mkdir, readFile as readFile4, rename, stat as stat3, unlink, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";
var HOOK_NAME = "pre-commit";
var CHAINED_NAME = "pre-commit.opsdiff-chained";
var HOOK_VERSION = 1;
var HOOK_MARKER = `# opsdiff pre-commit hook v${HOOK_VERSION}`;
var MARKER_PATTERN = /^# opsdiff pre-commit hook v(\d+)[ \t]*$/m;
var SETTINGS_PREFIX = "# opsdiff-settings: ";
async function installHook(cwd, opts = {}) {
  const where = await locate(cwd);
  const args = normalizeArgs(opts.args ?? [], path4.resolve(cwd), where.root);
  const command = normalizeCommand(opts.command);
  const script = renderHookScript({ args, command });
  const warnings = [];
  const createdHooksDir = await ensureDirectory(where.hooksDir);
  const current = await readHookFile(where.hookPath);
  let chained = await readChained(where.chainedPath);
  let chainedNow = false;
  let action;
  if (current.kind === "other") {
    throw new InputError(`${where.hookPath} is not a file`, "move it away, then run opsdiff hook install again");
  }
  if (current.kind === "absent") {
    action = "installed";
    if (chained) {
      warnings.push(`${where.chainedPath}, saved by an earlier install, runs before opsdiff; delete it if that hook is no longer wanted`);
    }
  } else if (isOurs(current.text)) {
    action = current.text === script && current.executable ? "unchanged" : "updated";
  } else {
    if (chained) {
      throw new InputError(
        `${where.hookPath} is not opsdiff's hook, and ${where.chainedPath} already holds a saved hook`,
        "move one of them away (or merge them), then run opsdiff hook install again"
      );
    }
    await rename(where.hookPath, where.chainedPath);
    chained = await readChained(where.chainedPath);
    chainedNow = true;
    action = "installed";
  }
  if (action !== "unchanged") {
    try {
      await writeExecutable(where.hookPath, script);
    } catch (error) {
      if (chainedNow) await rename(where.chainedPath, where.hookPath).catch(() => {
      });
      throw new OpsdiffError("bad-input", `cannot write ${where.hookPath}: ${error.message}`, "check the permissions of the hooks directory");
    }
  }
  if (chained && !chained.executable) {
    warnings.push(`${chained.path} is not executable, so git did not run it before; opsdiff keeps it and does not run it either (chmod +x it to run it)`);
  }
  const manager = chained?.manager ?? managerOfHooksPath(where.hooksPathConfig);
  if (manager && (chainedNow || action === "installed")) warnings.push(managerWarning(manager, where.hooksDir));
  return {
    action,
    root: where.root,
    hooksDir: where.hooksDir,
    hookPath: where.hookPath,
    hooksPathConfig: where.hooksPathConfig,
    createdHooksDir,
    chained,
    chainedNow,
    runs: [...command ?? ["opsdiff"], "--staged", ...args],
    args,
    command,
    warnings,
    script
  };
}
async function uninstallHook(cwd) {
  const where = await locate(cwd);
  const current = await readHookFile(where.hookPath);
  const chained = await readChained(where.chainedPath);
  const base = { root: where.root, hooksDir: where.hooksDir, hookPath: where.hookPath };
  if (current.kind === "absent") {
    if (!chained) return { ...base, action: "not-installed", restored: null, warnings: [] };
    await rename(where.chainedPath, where.hookPath);
    return { ...base, action: "not-installed", restored: where.hookPath, warnings: [`restored the hook saved by an earlier install from ${where.chainedPath}`] };
  }
  if (current.kind === "other" || !isOurs(current.text)) {
    const manager = current.kind === "file" ? managerOfScript(current.text) : null;
    throw new InputError(
      `${where.hookPath} is not opsdiff's hook${manager ? ` (it looks like ${manager}'s)` : ""}; leaving it alone`,
      chained ? `opsdiff only removes its own hook; ${where.chainedPath} is a hook an earlier install saved: move it back yourself if you want it` : "opsdiff only removes the hook it installed; delete that file yourself if you meant to"
    );
  }
  await unlink(where.hookPath);
  if (chained) await rename(where.chainedPath, where.hookPath);
  return { ...base, action: "removed", restored: chained ? where.hookPath : null, warnings: [] };
}
async function hookStatus(cwd) {
  const where = await locate(cwd);
  const current = await readHookFile(where.hookPath);
  const chained = await readChained(where.chainedPath);
  const base = {
    root: where.root,
    hooksDir: where.hooksDir,
    hookPath: where.hookPath,
    hooksPathConfig: where.hooksPathConfig,
    chained
  };
  if (current.kind === "absent") {
    return { ...base, state: "absent", version: null, executable: false, args: null, command: null, manager: managerOfHooksPath(where.hooksPathConfig) };
  }
  if (current.kind === "file" && isOurs(current.text)) {
    const settings = parseSettings(current.text);
    return {
      ...base,
      state: "installed",
      version: Number(MARKER_PATTERN.exec(current.text)?.[1] ?? HOOK_VERSION),
      executable: current.executable,
      args: settings?.args ?? null,
      command: settings?.command ?? null,
      manager: null
    };
  }
  return {
    ...base,
    state: "foreign",
    version: null,
    executable: current.kind === "file" && current.executable,
    args: null,
    command: null,
    manager: (current.kind === "file" ? managerOfScript(current.text) : null) ?? managerOfHooksPath(where.hooksPathConfig)
  };
}
function renderHookScript(settings) {
  const { args, command } = settings;
  const setArgs = ["set", "--", "--staged", ...args].map(shellQuote).join(" ");
  const lines = [
    "#!/bin/sh",
    HOOK_MARKER,
    "# Written by `opsdiff hook install`; `opsdiff hook uninstall` removes it and puts back the hook",
    "# it chained to. Skip every hook for one commit: git commit --no-verify. Skip only opsdiff:",
    "# OPSDIFF_SKIP=1 git commit ...",
    `${SETTINGS_PREFIX}${JSON.stringify({ args, command })}`,
    "",
    "# 1. The hook that was here before opsdiff was installed runs first, as git would run it.",
    `chained="$(dirname "$0")/${CHAINED_NAME}"`,
    'if [ -f "$chained" ] && [ -x "$chained" ]; then',
    '  "$chained" "$@" || exit $?',
    "fi",
    "",
    'if [ -n "${OPSDIFF_SKIP:-}" ] && [ "${OPSDIFF_SKIP}" != "0" ]; then',
    '  echo "opsdiff: OPSDIFF_SKIP is set; the staged change was not checked" >&2',
    "  exit 0",
    "fi",
    "",
    "# 2. opsdiff on the staged change (exit 1 blocks the commit). A missing opsdiff does not.",
    setArgs
  ];
  if (command) {
    const program = command[0];
    lines.push(
      `if command -v ${shellQuote(program)} >/dev/null 2>&1; then`,
      `  exec ${command.map(shellQuote).join(" ")} "$@"`,
      "fi",
      `echo ${shellQuote(`opsdiff: ${program} not found; the staged change was not checked`)} >&2`,
      "exit 0"
    );
  } else {
    lines.push(
      "if [ -x node_modules/.bin/opsdiff ]; then",
      '  exec node_modules/.bin/opsdiff "$@"',
      "fi",
      "if command -v opsdiff >/dev/null 2>&1; then",
      '  exec opsdiff "$@"',
      "fi",
      "if command -v npx >/dev/null 2>&1 && npx --no-install --offline opsdiff --version >/dev/null 2>&1; then",
      '  exec npx --no-install --offline opsdiff "$@"',
      "fi",
      'echo "opsdiff: not installed (no node_modules/.bin/opsdiff, none on PATH or through npx); the staged change was not checked" >&2',
      "exit 0"
    );
  }
  return lines.join("\n") + "\n";
}
function isOurs(text) {
  return MARKER_PATTERN.test(text);
}
function parseSettings(text) {
  const line = text.split("\n").find((l) => l.startsWith(SETTINGS_PREFIX));
  if (!line) return null;
  try {
    const value = JSON.parse(line.slice(SETTINGS_PREFIX.length));
    const strings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string") ? v : null;
    return { args: strings(value.args) ?? [], command: strings(value.command) };
  } catch {
    return null;
  }
}
function shellQuote(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
var REJECTED_OPTIONS = ["--base", "--head", "--cwd", "--help", "-h", "--version", "-v", "--debug"];
function normalizeArgs(args, cwd, root) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.startsWith("--") ? arg.split("=")[0] : arg;
    if (name === "--staged") continue;
    if (REJECTED_OPTIONS.includes(name)) {
      throw new InputError(`${name} cannot be used in the pre-commit hook`, "the hook always analyzes the staged change at the repository root; options such as --fail-on, --config and --format are passed through");
    }
    if (name === "--config") {
      const inline = arg.includes("=");
      const value = inline ? arg.slice(arg.indexOf("=") + 1) : args[++i];
      if (value === void 0 || value === "") throw new InputError("--config needs a file", "for example: opsdiff hook install --config opsdiff.json");
      const absolute = path4.resolve(cwd, value);
      const relative = path4.relative(root, absolute);
      const stored = relative !== "" && !relative.startsWith("..") && !path4.isAbsolute(relative) ? relative.split(path4.sep).join("/") : absolute;
      out.push("--config", stored);
      continue;
    }
    out.push(arg);
  }
  return out;
}
function normalizeCommand(command) {
  if (command === void 0) return null;
  if (command.length === 0 || command.some((word) => typeof word !== "string" || word === "")) {
    throw new InputError("the hook command must be a program and its arguments", "for example: ['node', 'tools/opsdiff/bin/opsdiff.js']");
  }
  return [...command];
}
async function readHookFile(file) {
  const link = await lstat(file).catch((error) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return null;
    throw error;
  });
  if (!link) return { kind: "absent" };
  if (link.isSymbolicLink()) {
    const target = await stat3(file).catch(() => null);
    if (!target) return { kind: "file", text: "", executable: false, symlink: true };
    if (!target.isFile()) return { kind: "other" };
    return { kind: "file", text: await readFile4(file, "utf8"), executable: (target.mode & 73) !== 0, symlink: true };
  }
  if (!link.isFile()) return { kind: "other" };
  return { kind: "file", text: await readFile4(file, "utf8"), executable: (link.mode & 73) !== 0, symlink: false };
}
async function readChained(file) {
  const found2 = await readHookFile(file);
  if (found2.kind === "absent") return null;
  return {
    path: file,
    executable: found2.kind === "file" && found2.executable,
    manager: found2.kind === "file" ? managerOfScript(found2.text) : null
  };
}
async function ensureDirectory(dir) {
  const found2 = await stat3(dir).catch(() => null);
  if (found2?.isDirectory()) return false;
  if (found2) throw new InputError(`the hooks directory ${dir} is not a directory`, "check core.hooksPath (git config core.hooksPath)");
  const link = await lstat(dir).catch(() => null);
  if (link?.isSymbolicLink()) {
    throw new InputError(`the hooks directory ${dir} is a symbolic link to nothing`, "create its target, or remove the link, then run opsdiff hook install again");
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot create the hooks directory ${dir}: ${error.message}`, "check core.hooksPath (git config core.hooksPath) and the permissions of its parent");
  }
  return true;
}
async function writeExecutable(file, text) {
  const temporary = `${file}.opsdiff-tmp-${process.pid}`;
  try {
    await writeFile2(temporary, text, { mode: 493 });
    await chmod(temporary, 493);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => {
    });
    throw error;
  }
}
function managerOfScript(text) {
  if (/File generated by pre-commit|pre-commit\.com/.test(text)) return "pre-commit";
  if (/SKIP_SIMPLE_GIT_HOOKS|simple-git-hooks/.test(text)) return "simple-git-hooks";
  if (/lefthook/i.test(text)) return "lefthook";
  if (/husky/i.test(text) || /^\. "\$\(dirname "\$0"\)\/h"$/m.test(text)) return "husky";
  return null;
}
function managerOfHooksPath(hooksPath) {
  return hooksPath !== null && /(^|[\\/])\.husky([\\/]|$)/.test(hooksPath) ? "husky" : null;
}
function managerWarning(manager, hooksDir) {
  const config = {
    husky: ".husky/pre-commit",
    lefthook: "lefthook.yml",
    "simple-git-hooks": 'the "simple-git-hooks" key of package.json',
    "pre-commit": ".pre-commit-config.yaml"
  };
  return `${hooksDir} is managed by ${manager}, which may rewrite this hook on its next install; prefer adding opsdiff to ${config[manager]} (see the recipes in docs/pre-commit.md)`;
}
function git(cwd, args) {
  return new Promise((resolve2, reject) => {
    execFile(
      "git",
      args,
      { cwd, encoding: "utf8", windowsHide: true, env: { ...process.env, LC_ALL: "C", LANGUAGE: "", GIT_TERMINAL_PROMPT: "0" } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(spawnFailure(error));
          return;
        }
        resolve2({ code: error ? error.code : 0, stdout, stderr });
      }
    );
  });
}
async function locate(cwd) {
  const dir = path4.resolve(cwd);
  const isDirectory = await stat3(dir).then((s) => s.isDirectory(), () => false);
  if (!isDirectory) throw new GitError("not-a-git-repo", `${dir} is not a directory`, "pass --cwd <dir> with the path of a git work tree");
  const result = await git(dir, ["rev-parse", "--show-toplevel", "--git-path", "hooks"]);
  if (result.code !== 0) {
    const reason = firstErrorLine(result.stderr);
    if (/dubious ownership/.test(reason)) {
      throw new GitError("not-a-git-repo", `git refuses to read ${dir}: it is owned by another user`, `trust it with: git config --global --add safe.directory ${dir}`);
    }
    if (/must be run in a work tree/.test(reason)) {
      throw new GitError("not-a-git-repo", `${dir} is a bare repository`, "a pre-commit hook needs a work tree: run opsdiff hook install in a clone");
    }
    throw new GitError("not-a-git-repo", `${dir} is not inside a git work tree`, "run opsdiff hook install in a clone of the repository, or pass --cwd <dir>");
  }
  const [root, hooks] = result.stdout.split("\n");
  if (!root || !hooks) throw new GitError("not-a-git-repo", `${dir} is not inside a git work tree`, "run opsdiff hook install in a clone of the repository, or pass --cwd <dir>");
  const hooksDir = path4.resolve(dir, hooks);
  const config = await git(dir, ["config", "--get", "core.hooksPath"]);
  return {
    root: path4.resolve(root),
    hooksDir,
    hookPath: path4.join(hooksDir, HOOK_NAME),
    chainedPath: path4.join(hooksDir, CHAINED_NAME),
    hooksPathConfig: config.code === 0 ? config.stdout.replace(/\n$/, "") : null
  };
}
function shown(file, cwd, root) {
  const inRepo = path4.relative(root, file);
  if (inRepo === "" || inRepo.startsWith("..") || path4.isAbsolute(inRepo)) return file;
  return path4.relative(path4.resolve(cwd), file) || ".";
}
function describeHookInstall(result, cwd) {
  const verb = { installed: "installed", updated: "updated", unchanged: "already installed (unchanged):" }[result.action];
  const lines = [`opsdiff: ${verb} the pre-commit hook ${shown(result.hookPath, cwd, result.root)}`];
  if (result.createdHooksDir) lines.push(`  created ${shown(result.hooksDir, cwd, result.root)}`);
  lines.push(`  runs     ${result.runs.map(shellQuote).join(" ")}`);
  if (result.chained) {
    lines.push(`  chained  ${shown(result.chained.path, cwd, result.root)} (the previous hook) runs first; opsdiff hook uninstall puts it back`);
  }
  lines.push("  skip     git commit --no-verify (every hook), or OPSDIFF_SKIP=1 git commit (opsdiff only)");
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return lines.join("\n") + "\n";
}
function describeHookUninstall(result, cwd) {
  const lines = result.action === "removed" ? [`opsdiff: removed the pre-commit hook ${shown(result.hookPath, cwd, result.root)}`] : [`opsdiff: no opsdiff pre-commit hook in ${shown(result.hooksDir, cwd, result.root)}; nothing to remove`];
  if (result.restored) lines.push(`  restored the previous hook as ${shown(result.restored, cwd, result.root)}`);
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  return lines.join("\n") + "\n";
}
function describeHookStatus(status, cwd) {
  const lines = [];
  const hook = shown(status.hookPath, cwd, status.root);
  if (status.state === "installed") {
    lines.push(`opsdiff: the pre-commit hook ${hook} is installed (v${status.version})`);
    lines.push(`  runs     ${[...status.command ?? ["opsdiff"], "--staged", ...status.args ?? []].map(shellQuote).join(" ")}`);
    if (!status.executable) lines.push("warning: it is not executable, so git does not run it; run opsdiff hook install again");
  } else if (status.state === "foreign") {
    lines.push(`opsdiff: not installed; ${hook} is another hook${status.manager ? ` (${status.manager})` : ""}`);
  } else {
    lines.push(`opsdiff: not installed; no pre-commit hook in ${shown(status.hooksDir, cwd, status.root)}`);
  }
  if (status.hooksPathConfig !== null) lines.push(`  core.hooksPath = ${status.hooksPathConfig}${status.manager === "husky" && status.state !== "foreign" ? " (husky)" : ""}`);
  if (status.chained) lines.push(`  chained  ${shown(status.chained.path, cwd, status.root)}${status.chained.executable ? "" : " (not executable: not run)"}`);
  return lines.join("\n") + "\n";
}

// src/cli/origin.ts
var ORIGIN_FORMATS = ["text", "json", "markdown"];
function isOriginFormat(name) {
  return ORIGIN_FORMATS.includes(name);
}
async function collectOrigin(repo, options2 = {}) {
  const revs = await resolveRevisions(repo, {
    ...options2.base !== void 0 ? { base: options2.base } : {},
    ...options2.head !== void 0 ? { head: options2.head } : {},
    ...options2.env ? { env: options2.env } : {}
  });
  const raw = await listCommits(repo, revs);
  const extraPatterns = [...options2.context?.extraPatterns ?? [], ...options2.patterns ?? []];
  const commits = classifyCommits(raw, { ...options2.context, ...extraPatterns.length ? { extraPatterns } : {} });
  return { base: revs.base, head: revs.head, origin: combinedOrigin(commits), commits };
}
function renderOrigin(report, format2) {
  switch (format2) {
    case "json":
      return renderOriginJson(report);
    case "markdown":
      return renderOriginMarkdown(report);
    default:
      return renderOriginText(report);
  }
}
var NO_SIGNAL = "no AI-assistance signal found";
var MAX_SUBJECT = 60;
var ORIGIN_WIDTH = "ai-assisted".length;
function renderOriginText(report) {
  if (report.commits.length === 0) return `${totalLine(report)}
`;
  const subjects = report.commits.map((c) => truncate(printable(c.subject), MAX_SUBJECT));
  const width = Math.max(...subjects.map(length));
  const rows = report.commits.map((commit, i) => {
    const evidence = commit.evidence.length === 0 ? NO_SIGNAL : commit.evidence.map(({ signal, detail }) => `${signal}: ${printable(detail)}`).join("; ");
    return [shortSha(commit.sha), commit.origin.padEnd(ORIGIN_WIDTH), pad(subjects[i], width), evidence].join("  ");
  });
  return `${[...rows, totalLine(report)].join("\n")}
`;
}
function renderOriginJson(report) {
  const json = {
    base: report.base,
    head: report.head,
    origin: report.origin,
    commits: report.commits.map(({ sha, subject, origin, evidence }) => ({
      sha,
      subject,
      origin,
      evidence: evidence.map(({ signal, detail }) => ({ signal, detail }))
    }))
  };
  return `${JSON.stringify(json, null, 2)}
`;
}
function renderOriginMarkdown(report) {
  const range2 = markdownCode(`${shortSha(report.base)}..${shortSha(report.head)}`);
  const heading = `## opsdiff: commit origin (${report.origin})`;
  if (report.commits.length === 0) return `${heading}

No commits in ${range2}.
`;
  const rows = report.commits.map(
    (commit) => tableRow2([
      markdownCode(shortSha(commit.sha), { inTable: true }),
      escapeMarkdown(commit.subject),
      commit.origin === "ai-assisted" ? "**ai-assisted**" : commit.origin,
      commit.evidence.length === 0 ? NO_SIGNAL : commit.evidence.map(({ signal, detail }) => `${escapeMarkdown(signal)}: ${markdownEvidence(detail, { inTable: true })}`).join("; ")
    ])
  );
  return [heading, "", `${plural(report.commits.length, "commit")} in ${range2}: ${counts(report)}.`, "", tableRow2(["Commit", "Subject", "Origin", "Evidence"]), "| --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function totalLine(report) {
  if (report.commits.length === 0) return `no commits in ${shortSha(report.base)}..${shortSha(report.head)}`;
  return `${plural(report.commits.length, "commit")}: ${counts(report)} (${report.origin})`;
}
function counts(report) {
  const ai = report.commits.filter((c) => c.origin === "ai-assisted").length;
  return `${ai} ai-assisted, ${report.commits.length - ai} human`;
}
function tableRow2(cells) {
  return `| ${cells.join(" | ")} |`;
}
function length(text) {
  return Array.from(text).length;
}
function truncate(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("").trimEnd()}\u2026`;
}
function pad(text, width) {
  return text + " ".repeat(Math.max(0, width - length(text)));
}

// src/cli/main.ts
var USAGE = `Usage: opsdiff [check] [options]      analyze the change between two revisions
       opsdiff baseline [options]        record the change's findings as accepted (.opsdiff-baseline.json)
       opsdiff origin [options]          each commit of the change: ai-assisted or human, and why
                                         (--base, --head, --format text|json|markdown, --config, --cwd)
       opsdiff demo                      run on the bundled flagship example
       opsdiff hook install|uninstall|status   the git pre-commit hook (runs opsdiff --staged)

Options:
  --base <rev>         the revision the change starts from (default: the PR base in GitHub
                       Actions, else the merge-base of HEAD with origin/HEAD, main or master)
  --head <rev>         the revision the change ends at (default: HEAD)
  --staged             analyze the staged changes against HEAD (pre-commit mode)
  --format <f>         ${FORMATS.join(", ")} (default: text)
  --output <file>      write the report to a file instead of standard output
  --fail-on <sev>      high, medium, low or none (default: high, or the configuration's)
  --fail-on-ai <sev>   a stricter level for findings whose lines come from AI-assisted commits
  --config <file>      the configuration (default: opsdiff.config.json, .opsdiffrc.json or
                       package.json "opsdiff" at the repository root)
  --cwd <dir>          the repository to analyze (default: .)
  --no-color           plain text output
  --no-cache           parse every file anew (facts of files read before are kept by git blob
                       in ~/.cache/opsdiff; OPSDIFF_CACHE=<dir> moves it, OPSDIFF_CACHE=0 is --no-cache)
  --debug              print stack traces of internal errors
  -h, --help           this help
  -v, --version        the version

Examples:
  opsdiff                          the current branch against the default branch (origin/HEAD, main or master)
  opsdiff --base origin/main       a pull request's change, as CI sees it
  opsdiff --staged                 what is staged, before committing (what the pre-commit hook runs)
  opsdiff --format json --output opsdiff.json --fail-on medium
  opsdiff hook install             run opsdiff --staged before every commit
  opsdiff demo                     a finding on a bundled example

Exit status:
  0  no finding at or above --fail-on (default high)
  1  at least one finding at or above --fail-on
  2  the run could not be done: a bad option or configuration, a missing revision, not a git
     repository (one line on standard error says why). A file that cannot be analyzed is not an
     error: it is listed as skipped, with the reason, and the rest is analyzed.
`;
var OPTIONS = {
  base: { type: "string" },
  head: { type: "string" },
  staged: { type: "boolean" },
  format: { type: "string" },
  output: { type: "string" },
  "fail-on": { type: "string" },
  "fail-on-ai": { type: "string" },
  config: { type: "string" },
  cwd: { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-cache": { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
var defaultIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  isTTY: !!process.stdout.isTTY
};
async function main(argv, io = defaultIO) {
  let debug = argv.includes("--debug");
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    debug = !!values.debug;
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    const command = positionals[0] ?? "check";
    if (command === "hook") return await hookCommand(positionals.slice(1), values, io);
    if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`, "see opsdiff --help");
    if (command === "origin") return await originCommand(values, io);
    const format2 = values.format ?? "text";
    if (!isFormat(format2)) throw new InputError(`unknown format '${format2}'`, `use one of: ${FORMATS.join(", ")}`);
    const color = values["no-color"] ? false : values.color ? true : colorFromEnv(io);
    const failOnFlag = parseFailOn(values["fail-on"], "--fail-on");
    const failOnAiFlag = parseFailOn(values["fail-on-ai"], "--fail-on-ai");
    if (command === "demo") {
      const report2 = await runDemo();
      await emit(report2, format2, color, values.output, io);
      return 0;
    }
    if (command !== "check" && command !== "baseline") throw new InputError(`unknown command '${command}'`, "commands: check (default), baseline, origin, demo, hook");
    const request = {
      cwd: values.cwd ?? ".",
      ...values.base !== void 0 ? { base: values.base } : {},
      ...values.head !== void 0 ? { head: values.head } : {},
      staged: !!values.staged,
      env: debug ? { ...io.env, OPSDIFF_DEBUG: "1" } : io.env,
      ...values.config !== void 0 ? { configPath: values.config } : {},
      ...failOnFlag ? { failOn: failOnFlag } : {},
      ...failOnAiFlag ? { failOnAi: failOnAiFlag } : {},
      ...cacheDirFrom(io.env, !!values["no-cache"])
    };
    if (command === "baseline") {
      const { config, options: options2, root } = await prepareCheck(request);
      const path5 = values.output ?? config.baseline ?? join5(root, DEFAULT_BASELINE2);
      const previous = await readBaseline(path5, false);
      const report2 = await analyze(options2);
      const written = await writeBaseline(path5, report2, previous);
      io.stdout(`opsdiff: ${written.findings.length} accepted finding${written.findings.length === 1 ? "" : "s"} in ${path5} (${report2.findings.length} from this change); commit it to keep them quiet
`);
      return 0;
    }
    const { report, verdict } = await runCheck(request);
    await emit(report, format2, color, values.output, io);
    return verdict;
  } catch (error) {
    if (error instanceof OpsdiffError) {
      io.stderr(`opsdiff: ${error.message}
`);
      if (error.hint) io.stderr(`hint: ${error.hint}
`);
      if (debug && error.stack) io.stderr(error.stack + "\n");
      return 2;
    }
    if (error instanceof TypeError && error.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`opsdiff: ${argumentError(error)} (opsdiff --help lists the options)
`);
      return 2;
    }
    io.stderr(`opsdiff ${VERSION} crashed, please report this: ${error?.message ?? String(error)}
`);
    if (error?.stack) io.stderr(`${error.stack}
`);
    return 2;
  }
}
async function hookCommand(args, values, io) {
  const [sub, extra] = args;
  if (extra !== void 0) throw new InputError(`unexpected argument '${extra}'`, "usage: opsdiff hook install|uninstall|status");
  const cwd = typeof values.cwd === "string" ? values.cwd : ".";
  if (sub === "install") {
    const forwarded = [];
    const failOn = parseFailOn(typeof values["fail-on"] === "string" ? values["fail-on"] : void 0, "--fail-on");
    if (failOn !== void 0) forwarded.push("--fail-on", failOn);
    if (typeof values.config === "string") forwarded.push("--config", values.config);
    if (typeof values.format === "string") forwarded.push("--format", values.format);
    if (values["no-color"]) forwarded.push("--no-color");
    io.stdout(describeHookInstall(await installHook(cwd, { args: forwarded }), cwd) + "\n");
    return 0;
  }
  if (sub === "uninstall") {
    io.stdout(describeHookUninstall(await uninstallHook(cwd), cwd) + "\n");
    return 0;
  }
  if (sub === "status") {
    io.stdout(describeHookStatus(await hookStatus(cwd), cwd) + "\n");
    return 0;
  }
  throw new InputError(sub ? `unknown hook command '${sub}'` : "missing hook command", "usage: opsdiff hook install|uninstall|status");
}
var ORIGIN_USAGE = `usage: opsdiff origin [--base <rev>] [--head <rev>] [--format ${ORIGIN_FORMATS.join("|")}] [--config <file>] [--cwd <dir>]`;
async function originCommand(values, io) {
  for (const flag of ["staged", "output", "fail-on", "fail-on-ai"]) {
    if (values[flag] !== void 0) throw new InputError(`--${flag} does not apply to opsdiff origin`, ORIGIN_USAGE);
  }
  const format2 = typeof values.format === "string" ? values.format : "text";
  if (!isOriginFormat(format2)) throw new InputError(`unknown format '${format2}' for opsdiff origin`, `use one of: ${ORIGIN_FORMATS.join(", ")}`);
  const repo = await openRepository(typeof values.cwd === "string" ? values.cwd : ".");
  const config = await loadConfig(typeof values.config === "string" ? values.config : void 0, repo.root);
  const report = await collectOrigin(repo, {
    ...typeof values.base === "string" ? { base: values.base } : {},
    ...typeof values.head === "string" ? { head: values.head } : {},
    env: io.env,
    patterns: config.origin
  });
  io.stdout(renderOrigin(report, format2));
  return 0;
}
async function emit(report, format2, color, output, io) {
  const rendered = renderReport(report, format2, { color: color && !output });
  if (!output) {
    io.stdout(rendered.endsWith("\n") ? rendered : rendered + "\n");
    return;
  }
  await writeFile3(output, rendered);
  io.stderr(`opsdiff: ${summaryLine(report)}; report written to ${output}
`);
}
function argumentError(error) {
  const code = error.code;
  const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(error.message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
    const near = closest(unknown.replace(/^-+/, ""), Object.keys(OPTIONS));
    return `unknown option '${unknown}'${near ? `; did you mean --${near}?` : ""}`;
  }
  const needsValue = /^Option '(-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message)?.[2];
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && needsValue) return `option ${needsValue} needs a value`;
  const flag = /^Option '(--[\w-]+)' does not take an argument/.exec(error.message)?.[1];
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) return `option ${flag} takes no value`;
  return error.message.split("\n")[0];
}
function cacheDirFrom(env, off) {
  const setting = env["OPSDIFF_CACHE"];
  if (off || setting === "0" || factsForcedToFail(env)) return {};
  if (setting) return { cacheDir: resolve(setting) };
  const home = env["HOME"] || homedir();
  return { cacheDir: join5(env["XDG_CACHE_HOME"] || join5(home, ".cache"), "opsdiff") };
}
function colorFromEnv(io) {
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.isTTY;
}
export {
  main
};
//# sourceMappingURL=cli.js.map
