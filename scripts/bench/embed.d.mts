// Types for what TypeScript files take from embed.mjs (vite.lib.config.ts names the map's data chunk with it).
export declare const MAP_DATA_CHUNK: string;
