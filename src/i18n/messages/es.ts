import { formatNumber, formatPercent, plural } from '../format.ts';
import type { Messages } from './en.ts';

const n = (value: number) => formatNumber('es', value);
const n1 = (value: number) => formatNumber('es', value, 1);

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

  // #20 hardening: a key of the page's address whose value the page ignored (views/shared/kitQuery.ts)
  addressIgnored: ({ key, value }) =>
    `No se ha usado «${key}=${value}» de la dirección: esta página no conoce ese valor, o la clave aparecía dos veces.`,

  handoutDocumentTitle: ({ title }) => `${title}: material del taller`,
  handoutFooter: ({ title, licence }) => `${title} · licencia ${licence}`,
  handoutFooterPage: ({ page, total }) => `Página ${page} de ${total}`,
  handoutKicker: () => 'Material del taller',
  handoutKickerScript: () => 'Guion del presentador',
  handoutAbout: ({ minutes, slides }) =>
    `Este es el material de un taller de ${n(minutes)} minutos sobre redes personales de aprendizaje, en ${n(slides)} diapositivas.`,
  handoutAboutUntimed: ({ slides }) =>
    `Este es el material de un taller sobre redes personales de aprendizaje, en ${n(slides)} diapositivas.`,
  handoutAboutScript: ({ minutes, slides }) =>
    `Este es el guion de un taller de ${n(minutes)} minutos sobre redes personales de aprendizaje, en ${n(slides)} diapositivas.`,
  handoutAboutScriptUntimed: ({ slides }) =>
    `Este es el guion de un taller sobre redes personales de aprendizaje, en ${n(slides)} diapositivas.`,
  handoutLayoutNotes: () => 'Cada diapositiva se imprime con la narración que cuenta quien presenta.',
  handoutLayout1up: () =>
    'Cada diapositiva tiene su propia página, impresa en grande, con la narración de quien presenta debajo.',
  handoutLayout3up: () =>
    'Se imprimen tres diapositivas por página, cada una junto a líneas para tus propias notas; la narración no se ' +
    'imprime (está en el formato con notas y en la versión de lectura).',
  handoutLayoutScript: () =>
    'Cada diapositiva tiene su propia página con las notas completas de quien presenta. Cada indicación para quien ' +
    'presenta (qué hacer, no qué decir) va marcada como CUE en un recuadro; el material de participantes no las lleva.',
  handoutFigures: ({ count }) =>
    plural('es', count, {
      one: 'La simulación en vivo se imprime como una imagen de dónde termina su ejecución, con sus cifras al lado.',
      other: `Cada una de las ${n(count)} simulaciones en vivo se imprime como una imagen de dónde termina su ejecución, con sus cifras al lado.`,
    }),
  handoutSeeded: () =>
    'Cada ejecución tiene su semilla, así que la misma simulación en el kit en línea repite exactamente lo impreso aquí.',
  handoutContents: () => 'Contenido',
  handoutLicence: ({ licence }) => `Este kit se publica con la licencia ${licence}.`,
  handoutReuse: () =>
    'Reutilízalo y adáptalo: cita las fuentes, indica qué cambiaste y comparte con la misma licencia.',
  handoutQrLabel: ({ url }) => `Código QR de ${url}`,
  handoutOnline: ({ url }) => `Las simulaciones en vivo, las diapositivas y una versión de lectura están en ${url}`,
  handoutPlanTitle: () => 'Tu plan de dar primero',
  handoutPlanIntro: () => 'Tal como lo escribiste en la versión de lectura de este taller. Revísalo en dos semanas.',
  handoutWorksheetTitle: () => 'Hoja de trabajo: tu plan de dar primero',
  handoutWorksheetIntro: () =>
    'Para las próximas dos semanas. Sé modesto: algo que puedas mantener en una semana ajetreada.',
  handoutToolbarLabel: () => 'Opciones del material',
  handoutPrint: () => 'Imprimir o guardar como PDF',
  handoutLayoutChoiceNotes: () => 'Diapositivas + narración',
  handoutLayoutChoice1up: () => '1 diapositiva por página + narración',
  handoutLayoutChoice3up: () => '3 diapositivas por página + líneas',
  handoutLayoutChoiceScript: () => 'Guion del presentador (notas + indicaciones)',
  handoutPaperA4: () => 'A4 (DIN)',
  handoutPaperLetter: () => 'Carta',
  handoutBack: () => 'Volver a las diapositivas',

  readDocumentTitle: ({ title }) => `${title} · léelo a tu ritmo`,
  readSkip: () => 'Saltar a la diapositiva que estás leyendo',
  readKicker: () => 'Léelo a tu ritmo',
  readToolsLabel: () => 'Herramientas de lectura',
  readPresent: () => 'Presentarlo',
  readHandout: () => 'Imprimir el material',
  readStartOver: () => 'Empezar de nuevo',
  readImportBets: () => 'Importar mis apuestas de la sala',
  readImportUnreadable: () => 'No se pudo leer ese archivo como apuestas de la sala, así que no ha cambiado nada.',
  readImportEmpty: () => 'Ese archivo no tiene apuestas de este taller, así que no ha cambiado nada.',
  readImported: ({ count }) =>
    plural('es', count, {
      one: 'Se ha importado 1 apuesta de la sala.',
      other: `Se han importado ${n(count)} apuestas de la sala.`,
    }),
  readLicence: ({ licence }) => `Licencia: ${licence}`,
  readSlideOf: ({ slide, total }) => `Diapositiva ${n(slide)} de ${n(total)}`,
  readSlideLabel: ({ slide }) => `Diapositiva ${n(slide)}`,
  readContents: () => 'Contenido',
  readLastPlace: ({ slide }) => `La última vez ibas por la diapositiva ${n(slide)}.`,
  readGoBack: () => 'Volver allí',
  readStartOverConfirm: () => '¿Empezar de nuevo? Se borrarán tu lugar, tus apuestas y tu plan en este dispositivo.',
  readStartedOver: () => 'Empezaste de nuevo: se borraron tu lugar, tus apuestas y tu plan.',
  readOtherVersion: () => 'Tu lugar guardado era de otra versión de este taller; tu plan se ha conservado.',
  readUnreadable: () => 'No se pudo leer tu lugar guardado, así que la lectura empieza desde el principio.',
  readOldVersion: () =>
    'Tu lugar guardado venía de una versión anterior de esta página, así que la lectura empieza desde el principio.',
  readPlanTitle: () => 'Tu plan de dar primero',
  readPlanIntro: () =>
    'Para las próximas dos semanas. Sé modesto: algo que puedas mantener en una semana ajetreada. ' +
    'Tus respuestas se quedan en este dispositivo y aparecen en el material impreso.',
  readPlanSaved: () => 'Guardado en este dispositivo.',
  readPlanPrint: () => 'Imprimir el material con tu plan',

  simClock: () => 'Reloj',
  simPlay: () => 'Reproducir',
  simPause: () => 'Pausa',
  simStep: () => 'Paso',
  simReset: () => 'Reiniciar',
  simDay: () => 'Día',
  simGeneration: () => 'Generación',
  simDayOf: ({ tick, length }) => `Día ${n(tick)} de ${n(length)}`,
  simGenerationOf: ({ tick, length }) => `Generación ${n(tick)} de ${n(length)}`,
  simTickOut: ({ tick, length }) => `${n(tick)} de ${n(length)}`,
  simSpeed: () => 'Velocidad',
  simSpeedOption: ({ speed }) => `${n(speed)} pasos/s`,
  simParameters: () => 'Parámetros',
  simNewcomersShown: () => 'Recién llegados que se muestran',
  simAllStrategies: () => 'todas las estrategias',
  simEvents: () => 'Eventos',
  simMovingDayNow: () => 'Día de la mudanza ya',
  simStopGiving: () => 'Dejar de dar',
  simSeed: () => 'Semilla',
  simSeedInvalid: ({ max }) => `Una semilla es un número entero de 0 a ${max}.`,
  simTableToggle: () => 'Las cifras en una tabla',
  paramLead: () => 'Ventaja (pasos)',
  paramDecay: () => 'Pérdida de confianza (por paso)',
  paramQ: () => 'Reputación conocida',
  strategyGiveFirst: () => 'quien da primero',
  strategyTaker: () => 'quien solo pide',
  strategyLurker: () => 'el mirón',
  strategyLapsed: () => 'quien dejó de dar',
  strategyLate: () => 'quien empieza tarde',
  summaryStrategy: ({ strategy, followers, answers, trend }) =>
    `${strategy}: ${n1(followers)} seguidores, ${n1(answers)} respuestas recibidas, ${trend}`,
  summaryTrendRising: () => 'confianza al alza',
  summaryTrendFalling: () => 'confianza a la baja',
  summaryTrendSteady: () => 'confianza estable',
  summaryDay: ({ tick, length, clauses }) => `Día ${n(tick)} de ${n(length)}: ${clauses}.`,
  summaryGenerationNone: ({ length }) => `Generación 0 de ${n(length)}: aún sin ejecutar.`,
  summaryGeneration: ({ generation, length, share }) =>
    `Generación ${n(generation)} de ${n(length)}: el ${formatPercent('es', share)} de las donaciones fueron regalos.`,
  tableCaption: ({ tick, length }) =>
    `Por recién llegado, de media en cada estrategia, el día ${n(tick)} de ${n(length)}`,
  tableStrategy: () => 'Estrategia',
  tableNewcomers: () => 'Recién llegados',
  tableHelpReceived: () => 'Ayuda recibida',
  tableTrustIn: () => 'Confianza en ellos',
  tableFollowers: () => 'Seguidores',
  tableMovingDayMet: () => 'Día de la mudanza cubierto',
  tableNotYet: () => 'aún no',

  chartDay: () => 'Día',
  chartGeneration: () => 'Generación',
  chartHelpReceived: () => 'Ayuda recibida (total)',
  chartTrustIn: () => 'Confianza que otros les tienen',
  chartFollowers: () => 'Seguidores',
  chartMovingDay: () => 'día de la mudanza',
  chartStopGiving: () => 'deja de dar',
  chartLabel: ({ metric, tick, length }) => `${metric} por estrategia, día ${n(tick)} de ${n(length)}`,
  scienceShare: () => 'Proporción de donaciones que fueron regalos',
  scienceLabel: ({ generation, length, q, ratio }) =>
    `Cooperación por generación, generación ${n(generation)} de ${n(length)}; q = ${q}, c/b = ${ratio}`,
  scienceSustains: () => 'q > c/b: la reputación puede sostener el dar',
  scienceCollapses: () => 'q ≤ c/b: el dar debería hundirse',

  fatalStart: ({ message }) => `No se pudo iniciar el taller: ${message}`,
  fatalHandout: ({ message }) => `No se pudo preparar el material: ${message}`,

  languageSwitchLabel: () => 'Idioma',

  planWhere: () => '¿Dónde vas a dar?',
  planWhereHint: () => 'Una comunidad o plataforma, p. ej. un foro que ya lees.',
  planWhat: () => '¿Qué vas a dar y con qué frecuencia?',
  planWhatHint: () => 'Algo que puedas mantener en una semana ajetreada.',
  planWho: () => '¿A quién de tu mapa vas a escribir?',
  planWhoHint: () => 'Dos o tres personas, con algo útil.',
  planCheck: () => 'Al final de la segunda semana habré…',
  planCheckHint: () => 'Escríbelo de forma que puedas comprobarlo.',

  // room (join page, projector tally, speaker room box)
  joinDocumentTitle: () => 'Give First: únete a la sala',
  joinJoining: () => 'Entrando en la sala…',
  joinRoomLine: ({ title, room }) => `${title} · sala ${room}`,
  joinConnected: () => 'Conectado',
  joinReconnecting: () => 'Reconectando…',
  joinPlaceBet: () => 'Haz tu apuesta',
  joinFollowAlong: () => 'Sigue la sesión',
  joinLookAtScreen: () => 'Para esta, mira la pantalla.',
  joinStatusWaiting: () => 'Las apuestas se abren enseguida.',
  joinStatusOpen: () => 'Las apuestas están abiertas: toca una opción. Puedes cambiarla hasta que se cierren.',
  joinStatusClosed: () => 'Las apuestas se han cerrado. Mira la simulación en la pantalla.',
  joinStatusRevealed: () => 'La simulación ha terminado.',
  joinSending: ({ choice }) => `Enviando tu apuesta: ${choice}…`,
  joinRecorded: ({ choice }) => `Tu apuesta está registrada: ${choice}`,
  joinNotYet: () => 'Todavía no has apostado.',
  joinDidNotBet: () => 'En esta no apostaste.',
  joinSplitTitle: ({ count }) =>
    plural('es', count, {
      one: `Cómo apostó la sala (${n(count)} voto)`,
      other: `Cómo apostó la sala (${n(count)} votos)`,
    }),
  joinSplitRow: ({ choice, count }) =>
    plural('es', count, { one: `${choice}: ${n(count)} voto`, other: `${choice}: ${n(count)} votos` }),
  joinTagYours: () => 'tu apuesta',
  joinTagModel: () => 'lo que respalda el modelo',
  joinOutcomeOnScreen: () => 'El resultado está en la pantalla.',
  joinModelSupports: ({ choice }) => `El modelo respalda: ${choice}`,
  joinTakeHomeTitle: () => 'Llévate tus apuestas',
  joinTakeHomeText: ({ count }) =>
    plural('es', count, {
      one: `Has apostado en ${n(count)} de las preguntas del taller. Guárdala con el reparto de la sala; la vista de lectura y el material impreso pueden abrir el archivo.`,
      other: `Has apostado en ${n(count)} de las preguntas del taller. Guárdalas con el reparto de la sala; la vista de lectura y el material impreso pueden abrir el archivo.`,
    }),
  joinDownload: () => 'Descargar mis apuestas',
  joinRefusedClosed: () => 'No registrada: las apuestas se han cerrado.',
  joinRefused: () => 'No registrada: inténtalo de nuevo.',
  roomKeyJoin: () => 'Sala: mostrar cómo unirse (código QR)',
  roomKeyBet: () => 'Sala: abrir / cerrar las apuestas y luego mostrar el resultado (recuento)',
  roomShowOfHands: () => 'A mano alzada',
  roomPanelWaiting: ({ key }) => `Apuestas aún cerradas (${key} las abre)`,
  roomPanelOpen: () => 'Apuestas abiertas',
  roomPanelClosed: () => 'Apuestas cerradas',
  roomPanelOutcome: () => 'Resultado',
  roomPanelCounts: ({ votes, phones }) =>
    `${plural('es', votes, { one: `${n(votes)} voto`, other: `${n(votes)} votos` })} · ${plural('es', phones, { one: `${n(phones)} móvil`, other: `${n(phones)} móviles` })}`,
  roomPanelReconnecting: () => 'reconectando…',
  roomOutcomeOnScreen: () => 'La simulación muestra el resultado.',
  roomModelSupports: ({ letter }) => `El modelo respalda la ${letter}.`,
  roomJoinTitle: () => 'Únete a la sala',
  roomJoinNoServer: () =>
    'Para que los móviles se unan, inicia la sala (npm run room) y abre el enlace de presentador que muestra.',
  roomJoinConnecting: () => 'Conectando con la sala…',
  roomJoinQrLabel: ({ url }) => `Código QR de ${url}`,
  roomJoinCode: ({ code, phones }) =>
    plural('es', phones, {
      one: `Código de sala ${code} · ${n(phones)} móvil conectado`,
      other: `Código de sala ${code} · ${n(phones)} móviles conectados`,
    }),
  roomJoinClose: ({ key }) => `${key} cierra esto.`,
  speakerRoomLabel: () => 'La sala',
  speakerRoomWaiting: () => 'Apuestas aún cerradas',
  speakerRoomOpen: () => 'Apuestas abiertas',
  speakerRoomClosed: () => 'Apuestas cerradas',
  speakerRoomRevealed: () => 'Resultado mostrado',
  speakerRoomPhones: ({ count }) =>
    plural('es', count, { one: `${n(count)} móvil conectado`, other: `${n(count)} móviles conectados` }),
  speakerRoomVotes: ({ count }) => plural('es', count, { one: `${n(count)} voto`, other: `${n(count)} votos` }),
  speakerRoomNoBet: () => 'sin apuesta en esta diapositiva',
  speakerRoomOpenButton: () => 'Abrir apuestas',
  speakerRoomCloseButton: () => 'Cerrar apuestas',
  speakerRoomRevealButton: () => 'Mostrar el resultado',
  speakerRoomJoinButton: () => 'Cómo unirse',
  speakerRoomHint: ({ bet, join }) =>
    `${bet} avanza la apuesta (abrir, cerrar, resultado) · ${join} muestra cómo unirse`,
  handoutImportBets: () => 'Importar mis apuestas de la sala',
  handoutForgetBets: () => 'Olvidar las apuestas de la sala',
  handoutRoomImported: ({ count }) =>
    plural('es', count, {
      one: `${n(count)} apuesta de la sala se imprime en su diapositiva.`,
      other: `${n(count)} apuestas de la sala se imprimen en sus diapositivas.`,
    }),
  handoutRoomForgotten: () => 'Las apuestas de la sala se han olvidado: el material se imprime sin ellas.',
  handoutRoomTitle: ({ code }) => `De la sala (${code})`,
  handoutRoomTitleNoCode: () => 'De la sala',
  handoutRoomYourBet: ({ choice }) => `Tu apuesta: ${choice}`,
  handoutRoomNoBet: () => 'En esta no apostaste.',
  handoutRoomSplit: ({ count }) =>
    plural('es', count, {
      one: `Cómo apostó la sala (${n(count)} voto):`,
      other: `Cómo apostó la sala (${n(count)} votos):`,
    }),
  handoutRoomSplitRow: ({ choice, count, share }) => `${choice}: ${n(count)} (${formatPercent('es', share)})`,
  handoutRoomNoSplit: () => 'Cuando guardaste, el reparto de la sala aún no se había mostrado.',
  handoutRoomModel: ({ choice }) => `Lo que respalda el modelo: ${choice}`,
};
