/**
 * A small seeded pseudo-random generator (xoshiro128**) and the helpers the data generator draws with.
 * Every synthetic person is drawn from a generator seeded by (run seed, person number), so any one
 * person can be regenerated on its own: the loader splits the work across threads, and the
 * benchmark rebuilds people it knows are in the database, without either depending on order.
 * Each stream's 128-bit state is an injective function of (run seed, stream, index), so no two people
 * share a sequence: a 32-bit generator would give about a hundred identical pairs (and colliding
 * ids) among a million people. Not for anything secret: keys, IVs and tokens come from node:crypto.
 */
import { drawsFrom, type SeededDraws } from "../../core/seeded-draws.js";

export interface Random extends SeededDraws {
  /** A random (version 4 shaped) uuid, reproducible from the seed. */
  uuid(): string;
}

/** The 128-bit state of one stream; see `seedFor`. */
export type Seed = readonly [number, number, number, number];

/** xoshiro128**: 128 bits of state, fast, and good enough for synthetic data. */
export function seededRandom(seed: Seed): Random {
  let [a, b, c, d] = seed;
  const next = (): number => {
    const result = Math.imul(rotate(Math.imul(b, 5), 7), 9);
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotate(d, 11);
    return (result >>> 0) / 4_294_967_296;
  };
  // The first outputs still echo the seed's structure; discard them.
  for (let i = 0; i < 8; i++) next();
  return {
    ...drawsFrom(next),
    uuid(): string {
      const word = () => Math.floor(next() * 4_294_967_296).toString(16).padStart(8, "0");
      const hex = `${word()}${word()}${word()}${word()}`;
      const variant = (8 + (parseInt(hex[16] ?? "0", 16) & 3)).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}

/** The state for item `index` of stream `stream` under the run seed: distinct for distinct inputs. */
export function seedFor(runSeed: number, stream: number, index: number): Seed {
  const high = Math.floor(index / 4_294_967_296);
  return [splitmix32(runSeed), splitmix32(stream ^ 0x5bd1e995), splitmix32(index >>> 0), splitmix32(high ^ 0x27d4eb2f)];
}

// A bijection on 32-bit integers (add, xor-shift, multiply by odd constants), so it loses nothing.
function splitmix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

function rotate(value: number, bits: number): number {
  return (value << bits) | (value >>> (32 - bits));
}
