import { formatNumber, formatPercent, plural } from '../format.ts';
import type { Messages } from './en.ts';

const n = (value: number) => formatNumber('es', value);
const n1 = (value: number) => formatNumber('es', value, 1);
const n2 = (value: number) => formatNumber('es', value, 2);

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

  metaDescriptionPresent: () =>
    'Give First (dar primero): un taller sobre redes personales de aprendizaje. Da para poder recibir.',
  metaDescriptionHandout: () =>
    'Give First (dar primero): el material imprimible de un taller sobre redes personales de aprendizaje.',

  presentPrevious: () => 'diapositiva anterior',
  presentNext: () => 'diapositiva siguiente',
  presentAbove: () => 'diapositiva de arriba',
  presentBelow: () => 'diapositiva de abajo',
  presentResume: () => 'Reanudar la presentación',

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
    'presenta (qué hacer, no qué decir) va marcada como INDICACIÓN en un recuadro; el material de participantes no las lleva.',
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

  readBetTag: () => 'Haz tu apuesta:',
  readBetSubmit: () => 'Apostar y ver la simulación',
  readBetPickFirst: () => 'Elige primero una de las respuestas.',
  readBetPlaced: ({ choice }) => `Tu apuesta: ${choice}`,
  readBetOutcome: ({ choice }) => `Apostaste por «${choice}». Así es como salió.`,
  readOutcomeFinished: () => 'La ejecución ha terminado.',
  readOutcomeScience: ({ share, q }) =>
    `En las últimas generaciones se aprovechó el ${formatPercent('es', share)} de las ocasiones de ayudar (q = ${n2(q)}).`,
  readOutcomeHelp: ({ days, items }) => `Ayuda recibida en ${n(days)} días: ${items}.`,
  readOutcomeHelpItem: ({ who, help }) => `${who} (${n1(help)})`,
  readOutcomeMovingDay: ({ day, items }) => `Día de la mudanza, el día ${n(day)}; necesidad cubierta: ${items}.`,
  readOutcomeMetItem: ({ who, share }) => `${who} (${formatPercent('es', share)})`,
  readWhoGiveFirst: () => 'quien da primero',
  readWhoTaker: () => 'quien solo pide',
  readWhoLurker: () => 'quien solo mira',
  readWhoLapsed: () => 'quien dejó de dar',
  readWhoLate: () => 'quien empieza tarde',
  betModelSays: ({ choice, measure }) => `El modelo dice: ${choice} (medido como ${measure}).`,
  betMeasureGiverOrTaker: () =>
    'la ayuda recibida en 200 días por quien da dividida por la de quien solo pide: menos de 1,5 es «más o menos lo mismo»; de 1,5 a 5, «un poco más»; 5 o más, «muchas veces más»',
  betMeasureHowSoon: () =>
    'el primer día en que quienes dan han recibido de media una ayuda cada uno: hasta el día 7 es «en pocos días»; más tarde, «solo al cabo de semanas»; si no llega, «nunca»',
  betMeasureTakerFollowers: () =>
    'los seguidores de quien solo pide al final menos los del principio: 3 o más es «muchos»; más de 0, «unos pocos»; ninguno, «ninguno»',
  betMeasureEnough: () =>
    'si todos los que empiezan tarde cubren toda su necesidad, «toda»; si la ayuda que reciben en el plazo del día de la mudanza no llega a la décima parte de lo que necesitan, «casi nada»; si no, «algo, pero no toda»',
  betMeasureHowEarly: () =>
    'la menor antelación, entre 15, 30 y 60 días, con la que más de la mitad de quienes empiezan tarde cubren toda su necesidad (si con ninguna: «60 días o más»)',
  betMeasureLurking: () =>
    'la ayuda que recibe quien solo mira en el plazo del día de la mudanza, como parte de lo que necesita: 0,6 o más es «la mayor parte»; 0,25 o más, «una parte»; menos, «casi nada»',
  betMeasureTrustOutlast: () =>
    'a cuántos de quienes dejaron de dar se les cubre toda la necesidad el día de la mudanza: a todos, a algunos o a ninguno',
  betMeasureAdvantage: () =>
    'la ayuda recibida por quien da dividida por la de quien solo pide: 10 o más es «igual que antes»; de 1,5 a 10, «menos»; menos de 1,5, «nada»',
  betMeasureReputation: () =>
    'la parte de las donaciones que son regalos en las últimas generaciones: 0,7 o más es «sobrevive»; 0,3 o más, «se reduce pero aguanta»; menos, «se derrumba»',

  speakerDocumentTitle: ({ title }) => `Vista del presentador: ${title}`,
  speakerCuesLabel: () => 'Indicaciones para esta diapositiva',
  speakerCueLabel: () => 'Indicación:',
  speakerNoSim: ({ play, step }) =>
    `Esta diapositiva no tiene simulación. Cuando la haya, sus controles aparecerán aquí: ${play} la reproduce o la pausa y ${step} avanza un paso.`,
  speakerConsoleLabel: ({ title }) => `Consola de la simulación: ${title}`,
  speakerPlaying: () => 'En marcha',
  speakerPaused: () => 'En pausa',
  speakerFinished: () => 'Terminada',
  speakerNotes: () => 'Notas',
  speakerTime: () => 'Tiempo',
  speakerTimeReset: () => 'Haz clic para reiniciar',
  speakerPacing: () => 'Ritmo: tiempo para terminar esta diapositiva',
  speakerUpcoming: () => 'Siguiente',
  speakerLoading: () => 'Cargando la vista del presentador…',

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
  simComputing: () => 'Calculando esta ejecución…',
  simStop: () => 'Detener',
  simStopped: () => 'Detuviste esa ejecución antes de que terminara: se muestra la de la diapositiva.',
  simRunFailed: ({ message }) => `No se pudo hacer esta ejecución: ${message}`,
  simRefusedFits: ({ estimate, budget, param, value }) =>
    `Sin cambios: esta ejecución llevaría unos ${n1(estimate)} s de cálculo, más que los ${n1(budget)} s que admite esta página. El mayor valor de «${param}» que cabe con el resto de ajustes es ${n2(value)}.`,
  simRefusedTooBig: ({ estimate, budget }) =>
    `Sin cambios: esta ejecución llevaría unos ${n1(estimate)} s de cálculo, más que los ${n1(budget)} s que admite esta página. Reduce los tamaños o la actividad.`,
  simRefusedFrameFits: ({ estimate, budget, param, value }) =>
    `Sin cambios: cada fotograma de esta ejecución le llevaría a esta página unos ${n2(estimate)} ms de cálculo y dibujo, más que los ${n2(budget)} ms por fotograma que admite. El mayor valor de «${param}» que cabe con el resto de ajustes es ${n2(value)}.`,
  simRefusedFrameTooBig: ({ estimate, budget }) =>
    `Sin cambios: cada fotograma de esta ejecución le llevaría a esta página unos ${n2(estimate)} ms de cálculo y dibujo, más que los ${n2(budget)} ms por fotograma que admite. Reduce los tamaños o la actividad.`,
  paramModel: () => 'Modelo',
  paramNCommunity: () => 'Tamaño de la comunidad (personas)',
  paramKRing: () => 'Vínculos por miembro',
  paramRewire: () => 'Reconexión',
  paramT0community: () => 'Confianza inicial',
  paramNGiveFirst: () => 'Recién llegados que dan primero (personas)',
  paramNTaker: () => 'Recién llegados que solo piden (personas)',
  paramNLurker: () => 'Recién llegados que solo miran (personas)',
  paramNLapsed: () => 'Recién llegados que dejan de dar (personas)',
  paramNLate: () => 'Recién llegados que empiezan tarde (personas)',
  paramMFollowNew: () => 'A quiénes sigue cada recién llegado (personas)',
  paramF0: () => 'Seguimientos de cortesía (personas)',
  paramPNeed: () => 'Preguntas (por paso)',
  paramPSee: () => 'Atención',
  paramH0: () => 'Ayuda a desconocidos',
  paramHMax: () => 'Ayuda a personas de confianza',
  paramThHelp: () => 'Punto medio de confianza',
  paramSHelp: () => 'Pendiente de la confianza',
  paramCapacity: () => 'Capacidad (por paso)',
  paramGAnswer: () => 'Respuestas de quien da',
  paramPShareCommunity: () => 'Recursos que comparten los miembros (por paso)',
  paramPShareGiver: () => 'Recursos que comparte quien da (por paso)',
  paramDDirect: () => 'Confianza por recibir ayuda',
  paramDObserve: () => 'Confianza por observar',
  paramQGiverFollowers: () => 'Público de quien da',
  paramQAmp: () => 'Amplificación',
  paramDecay: () => 'Pérdida de confianza (por paso)',
  paramTmax: () => 'Techo de confianza',
  paramThFollow: () => 'Umbral para seguir',
  paramThUnfollow: () => 'Umbral para dejar de seguir',
  paramTicks: () => 'Duración (pasos)',
  paramTStop: () => 'Paso en que dejan de dar (paso)',
  paramMovingDay: () => 'Día de la mudanza',
  paramTShock: () => 'Día de la mudanza (paso)',
  paramH: () => 'Ayuda necesaria (ayudas)',
  paramW: () => 'Plazo del día de la mudanza (pasos)',
  paramLead: () => 'Ventaja (pasos)',
  paramB: () => 'Beneficio',
  paramC: () => 'Coste',
  paramQ: () => 'Reputación conocida',
  paramGenerations: () => 'Generaciones',
  paramPopSize: () => 'Población (personas)',
  paramRoundsPerGen: () => 'Encuentros',
  paramMutation: () => 'Mutación',
  strategyGiveFirst: () => 'quien da primero',
  strategyTaker: () => 'quien solo pide',
  strategyLurker: () => 'el mirón',
  strategyLapsed: () => 'quien dejó de dar',
  strategyLate: () => 'quien empieza tarde',
  strategyShortGiveFirst: () => 'da',
  strategyShortTaker: () => 'pide',
  strategyShortLurker: () => 'mira',
  strategyShortLapsed: () => 'paró',
  strategyShortLate: () => 'tarde',
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

  figureCaption: ({ tick, length, seed, rows }) =>
    `En el paso ${n(tick)} de ${n(length)} (semilla ${seed}), por recién llegado y de media: ${rows}.`,
  figureRow: ({ strategy, help, followers, trust }) =>
    `${strategy}: ${n1(help)} ayudas recibidas, ${n1(followers)} seguidores, confianza ${n1(trust)}`,
  figureMovingDay: ({ tick, items }) => `Necesidad cubierta el día de la mudanza (paso ${n(tick)}): ${items}.`,
  figureMetItem: ({ share, strategy }) => `${strategy} (${formatPercent('es', share)})`,
  figureScience: ({ seed, share }) =>
    `Cooperación por generación (semilla ${seed}); en las últimas generaciones, el ${formatPercent('es', share)} de las donaciones fueron regalos.`,

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
  scienceRule: ({ q, ratio }) => `q = ${n2(q)}; c/b = ${n2(ratio)}`,
  scienceRuleVerdict: ({ q, ratio, verdict }) => `q = ${n2(q)}; c/b = ${n2(ratio)} (${verdict})`,
  networkLabel: ({ tick, people, follows }) =>
    `Red en el paso ${n(tick)}: ${n(people)} personas, ${n(follows)} relaciones de seguimiento`,
  networkLabelLive: ({ tick, people }) => `Red en el paso ${n(tick)}: ${n(people)} personas`,

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
