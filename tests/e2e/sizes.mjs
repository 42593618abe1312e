// The screens every visitor-facing behaviour is tested on: two phones and a
// tablet with touch emulated, and a desktop with a mouse.
export const SIZES = [
  { name: "360 phone", width: 360, height: 740, touch: true, layout: "phone" },
  { name: "390 phone", width: 390, height: 844, touch: true, layout: "phone" },
  { name: "768 tablet", width: 768, height: 1024, touch: true, layout: "floating" },
  { name: "1280 desktop", width: 1280, height: 800, touch: false, layout: "docked" },
];

export const LANGS = [
  { lang: "zh", query: "", open: "筛选与列表", close: "关闭", list: "列表" },
  { lang: "en", query: "lang=en", open: "Filters & list", close: "Close", list: "List" },
];

/** `test.use` options for a size. */
export function screen(size) {
  return {
    viewport: { width: size.width, height: size.height },
    hasTouch: size.touch,
    isMobile: size.touch,
  };
}

/** Taps on touch screens, clicks elsewhere. */
export function press(size, locator) {
  return size.touch ? locator.tap() : locator.click();
}

/** Whether two bounding boxes share any area. */
export function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `box` lies wholly inside the `width` × `height` screen. */
export function onScreen(box, size) {
  return box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
}
