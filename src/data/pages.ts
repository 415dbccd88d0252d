/** Standing pages written in content/pages/ (About, Editorial standards, Disclaimer), one route each at /<id>/. */
import { getCollection, render, type CollectionEntry } from 'astro:content';

export type StandingPage = CollectionEntry<'pages'>;

export async function standingPagePaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { page: page.id }, props: { page } }));
}

/** The page's title, description and compiled body. */
export async function standingPage(page: StandingPage) {
  const { Content } = await render(page);
  return { title: page.data.title, description: page.data.description, Content };
}
