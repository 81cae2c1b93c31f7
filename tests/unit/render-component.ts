// Renders one Astro component on its own (the Container API) and parses the HTML, for
// component tests that check what a reader or a script gets.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';

let container: AstroContainer | undefined;

export async function render(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown>,
) {
  container ??= await AstroContainer.create();
  return parse(await container.renderToString(component, { props }));
}
