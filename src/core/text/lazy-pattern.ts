/**
 * A regular expression built from its source on first use. A regex literal with a Unicode property class
 * (`\p{L}`, `\p{Script=Latin}`) makes V8 build the class's character set while it compiles the script,
 * before any of it runs: compiling the content script took about 1.2–1.4 ms with its three such literals and
 * 1.05–1.17 ms without them, in every frame it is injected into (docs/performance.md). Built from a string,
 * the set is made only on the pages whose text reaches the code. The lint forbids the literal form in src/.
 */
export function lazyPattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
