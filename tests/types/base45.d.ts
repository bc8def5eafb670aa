// The base45 package ships no types; the tests use it only as an oracle for our own Base45.
declare module 'base45' {
  const base45: { encode(bytes: Uint8Array): string; decode(text: string): Uint8Array };
  export default base45;
}
