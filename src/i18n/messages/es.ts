import type { Messages } from './en.ts';

/**
 * Spanish, for educators, addressed as «tú» throughout (as in the Spanish slides). `Messages` makes TypeScript
 * refuse a missing key or a parameter of the wrong name; test/i18n/catalogue.test.ts checks that every parameter is
 * used.
 */
export const es: Messages = {
  viewChoiceLabel: () => 'Formas de usar este taller',
  viewChoiceRead: () => 'Léelo a tu ritmo',
  viewChoiceReadTitle: () => 'La narración de cada diapositiva y simulaciones para probar; recuerda por dónde vas.',
  viewChoiceHandout: () => 'Material imprimible',
  viewChoiceHandoutTitle: () =>
    'Diapositivas, notas y resultados de las simulaciones, listos para imprimir o guardar como PDF.',
  viewChoiceSpeakerHint: ({ key }) => `¿Vas a presentar? Pulsa ${key} para abrir la vista del presentador.`,

  languageIgnored: ({ value }) => `El idioma «${value}» no está disponible aquí; esta página se muestra en español.`,
};
