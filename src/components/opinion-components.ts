import Points from './Points.astro';
import Point from './Point.astro';
import SubHeading from './SubHeading.astro';
import Figure from './Figure.astro';

/** The MDX components of an op-ed body; the page and the feeds render with the same map. */
export const opinionComponents = { Points, Point, Figure, h2: SubHeading };
