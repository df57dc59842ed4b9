/**
 * The phrase table in Spanish, Italian and Portuguese: fake Microsoft pages in these languages are common,
 * and they say what the others say ("su equipo ha sido bloqueado", "il tuo computer è stato bloccato", "o seu
 * computador foi bloqueado"). Written as families, not sentences: a subject from the device list, then up to
 * a few dozen characters, then the claim, so word order, auxiliaries and adverbs ("ha sido temporalmente
 * bloqueado", "è stato bloccato per motivi di sicurezza") do not matter. Same categories and weights as
 * scam-phrases.ts; matched on folded, lower-case text.
 */
import type { PhraseCategory } from './scam-phrases.ts';

const DEVICE_ES = '(?:ordenador|computadora|equipo|pc|dispositivo|sistema|acceso|navegador|windows|cuenta|tarjeta)';
const DEVICE_IT = '(?:computer|pc|dispositivo|sistema|accesso|browser|windows|account|conto|carta)';
const DEVICE_PT = '(?:computador|pc|dispositivo|sistema|acesso|navegador|windows|conta|cartão)';

export const PHRASES_ES_IT_PT: Readonly<Record<PhraseCategory, readonly string[]>> = {
  lock: [
    `(?:su|tu) ${DEVICE_ES}[^.\\n]{0,40}(?:bloquead[oa]|suspendid[oa]|desactivad[oa]|restringid[oa]|congelad[oa])`,
    'hemos (?:bloqueado|suspendido|restringido)', '(?:acceso|equipo|ordenador) bloqueado',
    `(?:il (?:tuo|suo|vostro) |tuo |suo )${DEVICE_IT}[^.\\n]{0,40}(?:bloccat[oaie]|sospes[oaie]|disattivat[oaie]|limitat[oaie])`,
    'abbiamo (?:bloccato|sospeso|limitato)', '(?:accesso|computer|pc) bloccato',
    `(?:o (?:seu|teu) |a (?:sua|tua) |seu |sua )${DEVICE_PT}[^.\\n]{0,40}(?:bloquead[oa]|suspens[oa]|desativad[oa]|restringid[oa])`,
    '(?:bloqueamos|suspendemos)', '(?:acesso|computador) bloqueado',
  ],
  infection: [
    '(?:virus|malware|software malicioso|spyware|troyano|programa espía)[^.\\n]{0,30}(?:detectad[oa]s?|encontrad[oa]s?)',
    '(?:está|ha sido|han sido|están) (?:gravemente )?infectad[oa]s?', 'infectad[oa] (?:con|por)', 'amenazas? detectadas?',
    '(?:alerta|advertencia|aviso) de seguridad', '(?:antivirus|protección|licencia|suscripción)[^.\\n]{0,12}(?:caducad[oa]|expirad[oa]|desactivad[oa])',
    '(?:equipo|ordenador|pc|dispositivo) (?:está|puede estar) en (?:riesgo|peligro)',
    '(?:virus|malware|spyware|trojan|software dannoso)[^.\\n]{0,30}(?:rilevat[oaie]|trovat[oaie])',
    '(?:è|sono|è stato|sono stati) (?:gravemente )?infettat[oaie]', 'minacce? rilevat[ae]', '(?:avviso|allarme|allerta) di sicurezza',
    '(?:antivirus|protezione|licenza|abbonamento)[^.\\n]{0,12}(?:scadut[oa]|disattivat[oa])', '(?:computer|pc|dispositivo) (?:è|potrebbe essere) a rischio',
    '(?:vírus|malware|spyware|trojan|cavalo de troia|software malicioso)[^.\\n]{0,30}(?:detectad[oa]s?|detetad[oa]s?|encontrad[oa]s?)',
    '(?:está|foi|estão|foram) (?:gravemente )?infe(?:c)?tad[oa]s?', 'ameaças? de(?:c)?tadas?', '(?:alerta|aviso) de segurança',
    '(?:antivírus|proteção|licença|assinatura|subscrição)[^.\\n]{0,12}(?:expirad[oa]|desativad[oa])',
  ],
  doNotClose: [
    'no (?:cierre|cierres|apague|apagues|reinicie|reinicies|ignore|ignores|intente cerrar|salga de)', 'cerrar esta (?:página|ventana) (?:puede|podría|provocará|causará)',
    '(?:desea|quiere|deseas|quieres) (?:realmente )?(?:salir|cerrar) (?:de )?(?:esta|este)',
    'non (?:chiudere|chiuda|spegnere|spenga|riavviare|riavvii|ignorare|ignori)', 'chiudere questa (?:pagina|finestra) (?:potrebbe|può|causerà)',
    '(?:vuoi|vuole) (?:davvero )?(?:uscire|chiudere)',
    'não (?:feche|desligue|reinicie|ignore|saia)', 'fechar esta (?:página|janela) (?:pode|poderá|irá|vai)',
  ],
  dataTheft: [
    '(?:contraseñas|tarjetas? de crédito|datos bancarios|datos personales|fotos|información personal)[^.\\n]{0,40}(?:robad[oa]s|en riesgo|en peligro|comprometid[oa]s|expuest[oa]s)',
    'robo de identidad', 'actividad sospechosa', 'inicio de sesión (?:inusual|sospechoso)', 'acceso no autorizado',
    '(?:password|carte di credito|carta di credito|dati bancari|dati personali|foto|informazioni personali)[^.\\n]{0,40}(?:rubat[eiao]|a rischio|in pericolo|compromess[eiao]|espost[eiao])',
    "furto d['’]identità", 'attività sospett[ae]', 'accesso (?:non autorizzato|insolito|sospetto)',
    '(?:senhas|palavras-passe|cartões de crédito|cartão de crédito|dados bancários|dados pessoais|fotos)[^.\\n]{0,40}(?:roubad[oa]s|em risco|em perigo|comprometid[oa]s|expost[oa]s)',
    'roubo de identidade', 'atividade suspeita', 'acesso não autorizado',
  ],
  errorCode: ['código de error', 'codice (?:di )?errore', 'código de erro'],
  callNow: [
    'llame (?:ahora|inmediatamente|de inmediato|ya|al|a microsoft|a soporte|a nuestro|gratis|sin coste)', 'llámenos', 'llama (?:ahora|ya|al)',
    'póngase en contacto', 'contacte (?:con|inmediatamente|ahora)', '(?:número|línea) gratuit[oa]', 'llamada gratuita',
    'hable con un (?:técnico|experto|agente)',
    "chiam(?:a|i|ate) (?:ora|subito|immediatamente|il|lo|al|gratuitamente|microsoft|l['’]assistenza|il supporto)", 'chiamaci',
    "contatt(?:a|i|ate) (?:subito|immediatamente|ora|l['’]assistenza|il supporto|microsoft)", 'numero verde', 'chiamata gratuita',
    'parl(?:a|i|are) con un (?:tecnico|esperto|operatore)',
    'lig(?:ue|ar) (?:agora|imediatamente|já|para|gratuitamente|grátis)', 'entre em conta(?:c)?to', 'contacte (?:imediatamente|o suporte|a microsoft)',
    '(?:número|linha) (?:gratuit[oa]|verde)', 'chamada gratuita', 'fale com um (?:técnico|especialista|agente)',
  ],
  remoteTool: [
    '(?:software|programa|herramienta) de (?:acceso|asistencia|control) remot[oa]', '(?:software|programma) di (?:accesso|assistenza|controllo) remot[oa]',
    '(?:software|programa|ferramenta) de (?:acesso|assistência|controlo|controle) remot[oa]',
  ],
  refund: [
    '(?:suscripción|licencia|membresía)[^.\\n]{0,20}renovad[oa]', 'reembolso', '(?:se le ha|le hemos|se te ha) cobrado',
    'cancelar (?:el|su|tu) (?:pedido|suscripción|pago)', 'no (?:ha|has) (?:realizado|autorizado|hecho) (?:este|esta|el|la)',
    '(?:abbonamento|licenza)[^.\\n]{0,20}rinnovat[oa]', 'rimborso', '(?:ti|le) (?:è stato|sono stati) addebitat[oi]',
    "annulla(?:re)? (?:l['’]ordine|l['’]abbonamento|il pagamento)", "non (?:hai|ha) (?:effettuato|autorizzato) (?:questo|quest['’]|l['’]|il)",
    '(?:assinatura|subscrição|licença)[^.\\n]{0,20}renovad[oa]', 'cancelar (?:o|a sua|o seu|seu|sua) (?:pedido|assinatura|pagamento)',
  ],
  disclaimer: [
    'proveedor (?:de servicios )?independiente', 'no (?:está )?afiliad[oa]', 'fornitore (?:di servizi )?indipendente',
    'non (?:è )?affiliat[oa]', 'fornecedor (?:de serviços )?independente', 'não (?:é )?afiliad[oa]',
  ],
  support: [
    'soporte técnico', 'asistencia técnica', 'servicio técnico', 'atención al cliente', 'técnico certificado',
    'assistenza tecnica', 'supporto tecnico', 'servizio clienti', 'tecnico certificato',
    'suporte técnico', 'assistência técnica', 'atendimento ao cliente', 'técnico certificado',
  ],
  callback: [
    'le llamaremos', 'te llamaremos', 'un técnico (?:le|te) (?:llamará|contactará)', 'deje su (?:número|teléfono)', 'solicit(?:e|ar) (?:una )?llamada',
    'ti richiameremo', 'la richiameremo', 'un tecnico (?:ti|la) (?:chiamerà|contatterà|richiamerà)', 'lascia(?:te)? il (?:tuo )?numero',
    'richiedi (?:una )?richiamata',
    'ligaremos para (?:você|si)', 'um técnico (?:ligará|entrará em conta(?:c)?to)', 'deixe (?:o )?seu (?:número|telefone)',
  ],
  warning: [
    'estafas?', 'estafadores?', 'timos?', 'nunca (?:llame|llama|llamará|le llamará|te llamará|pide|pedirá|muestra)', 'no llame', 'cuidado con',
    'es (?:una|un) (?:estafa|fraude|timo)', 'suplantación',
    'truffe?', 'truffatori', 'non chiamate', 'non chiamare (?:il|questo|quel|mai)', 'non (?:ti|la) chiamerà mai', 'raggiri?',
    'è una truffa', 'attenzione alle truffe',
    'golpes?', 'golpistas?', 'burlas?', 'nunca (?:ligue|liga|ligará|pede|pedirá)', 'não ligue', 'cuidado com', 'é (?:um )?golpe',
  ],
};
