// Next.js's compiled copy of the response-compression middleware (untyped in the package).
declare module "next/dist/compiled/compression" {
  const compression: () => (req: unknown, res: unknown, next: () => void) => void;
  export default compression;
}
