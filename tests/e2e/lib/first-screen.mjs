// For the specs about the static first screens (README, "First paint").

/**
 * Notes in the page, and in every frame of it, whether a static first screen was ever on
 * screen (`window.__firstScreenSeen`): looked for in every animation frame, before it is
 * painted, with the stylesheet applied. The intro is in dist/index.html for every visitor, and
 * the stylesheet hides it unless first-screen.js has said that it is shown, so being in the
 * page is not being seen.
 */
export async function watchForFirstScreen(page) {
  await page.addInitScript(() => {
    window.__firstScreenSeen = false;
    const look = () => {
      const screens = [...document.querySelectorAll('[data-zs-boot="first-screen"]')];
      if (screens.some((screen) => screen.checkVisibility())) window.__firstScreenSeen = true;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
