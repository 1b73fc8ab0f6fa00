// Embeds are plain documents: no client router, no hydration, none of the explorer's JavaScript.
// /embed.js (static/) tells the embedding page their height and adds the timeline's keyboard.
export const csr = false;
