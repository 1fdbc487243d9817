// Put at the top of dist/frameworks/vue.d.ts by scripts/framework-data.mjs, in place of the generator's
// `DefineComponent` import: what a Vue template may write on one of the elements, and what a ref to it is.
import type { HTMLAttributes, PublicProps } from 'vue';

/**
 * A custom element as vue-tsc reads a component: a constructor of the element itself, so a template ref
 * (`ref="list"`, `useTemplateRef('list')`) is the element with its methods, not a component instance. `$props` is
 * what a template may write on it: the element's own props and events, HTML's global attributes (`id`, `title`,
 * `hidden`, `lang`, `aria-*`…), `data-*` attributes and Vue's own (`key`, `ref`, `class`, `style`).
 */
type DefineCustomElement<ElementClass extends HTMLElement, Props> = new () => ElementClass & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: Props & Omit<HTMLAttributes, keyof Props> & DataAttributes & PublicProps;
};

/** `data-*` attributes, as vue-tsc spells them once it has camelized them (`data-testid` → `dataTestid`). */
type DataAttributes = { [attribute: `data${Capitalize<string>}`]: unknown };
