declare module 'virtual:kamerlens-lexicon' {
  import type { Lexicon } from './core/detect/types';
  const lexicon: Lexicon;
  export default lexicon;
}
