import type { LanguagePatterns } from './pattern.js';
import {
  GOES_ON,
  NOT_A_DEVICE_AFTER,
  NOT_A_DEVICE_BEFORE,
  NOT_NEGATED,
  notUntilAWeekdayAfter,
  notUntilAWeekdayBefore,
  SOMEONE_ELSES_AFTER,
  SOMEONE_ELSES_BEFORE,
} from './pattern.js';

/** Until a weekday (pattern.ts: short of money for a few days is everyday). */
const UNTIL_A_WEEKDAY = {
  until: String.raw`hasta[\s']+(\p{L}+[\s']+)?`,
  weekday: String.raw`(el\s+)?(lunes|martes|miercoles|jueves|viernes|sabado|domingo)`,
};

/** Spanish, folded: "falleció" is "fallecio", "España" is "espana". */

const es: LanguagePatterns = {
  asksForPerson: [
    String.raw`hablar\s+con\s+(una?\s+|el\s+|la\s+|algun\s+)?(persona|humano|agente|asesor\p{L}*|operador\p{L}*|responsable|encargad\p{L}*|supervisor\p{L}*|gerente|alguien)`,
    String.raw`persona\s+real|no\s+(un|una|con\s+un)\s+(bot|robot|maquina)`,
    String.raw`llamarme|llamenme|llamadme|llamame|que\s+me\s+llame\p{L}*|me\s+(pueden|puede|podrian|podeis)\s+llamar|devolver\p{L}*\s+la\s+llamada`,
    String.raw`(el|un|al|con\s+el)\s+(responsable|encargado|gerente|supervisor)`,
    // A formal complaint.
    String.raw`(reclamaci\p{L}*|queja\p{L}*)${NOT_NEGATED}`,
    // A regulator or ombudsman.
    String.raw`banco\s+de\s+espana|ocu|(ante|a)\s+consumo|defensor\s+del\s+(cliente|consumidor)|cnmv|omic|facua`,
    // The law.
    String.raw`abogad\p{L}*|acciones\s+legales|demandar\p{L}*|denunci\p{L}*|juzgado|tribunal\p{L}*|juicio`,
    // A person, by phone too.
    String.raw`(llam\p{L}*|atien\p{L}*|hablar|contact\p{L}*)\s+(\p{L}+\s+){0,4}(por|al)\s+telefono|(me\s+)?atienda\s+una\s+persona|una\s+persona\s+(real|de\s+verdad)|hablar\s+con\s+alguien|que\s+me\s+(llamen|contacten|contacte)`,
    // A formal complaint, in other words.
    String.raw`inaceptable|vergonzoso|indignad\p{L}*`,
    // Regulators, in other words.
    String.raw`defensor\s+del\s+pueblo|arbitraje`,
    // The law, in other words.
    String.raw`demandar\p{L}*|demandare\p{L}*|(una|la|mi)\s+demanda|demanda\s+(judicial|contra)|via\s+judicial`,
    // A systematic pass per ask: other words for a person, a call, a complaint, a body, the law.
    String.raw`atencion\s+(humana|personal|telefonica)|ser\s+humano|que\s+me\s+(llame|llamen|llamara|llamaran|llamase|contacte|contacten|contactara|devuelvan\s+la\s+llamada)|me\s+(llame|llamara)\s+alguien|alguien\s+(que\s+)?me\s+(llame|llamara)|(llamada|contacto)\s+telefonic\p{L}*|pas(a|e)me\s+con|comunicarme\s+con`,
    String.raw`hoja\s+de\s+reclamaciones|(pesim[oa]|fatal|lamentable|nefast[oa])\s+(servicio|atencion)|(es\s+)?(una\s+)?verguenza|hart[oa]s?\s+de|hasta\s+las\s+narices|burofax`,
    String.raw`oficina\s+(municipal\s+)?del\s+consumidor|organismo\s+regulador|superintendencia|condusef|profeco|sernac|bcra|asociacion\s+de\s+consumidores|adicae|asufin|aepd|proteccion\s+de\s+datos`,
    String.raw`via\s+legal|(tomar|emprender|iniciar)\s+(medidas|acciones)\s+(legales|judiciales)|llevar\s+(\p{L}+\s+){0,2}(a|ante)\s+(los\s+)?(tribunales|juicio|juez|juzgado)|juez|asesor\p{L}*\s+(legal|juridic\p{L}*)|bufete|juzgados|procurador\p{L}*|letrad\p{L}*`,
    // A family pass (the first held-out part, now tuning data): calls, a real person, no more bots
    // or automatic replies, someone who will read it, someone higher up; repeated complaints; the law.
    String.raw`(dar|darme|de|den|deme|denme|dame|dale)\s+(me\s+)?un\s+(toque|toquecito|telefonazo|llamado|llamadito|timbrazo|telefonito)|llamarme|llamenme|llameme|llamame|que\s+me\s+llamen?|(vuelvan|vuelva)\s+a\s+llamar`,
    String.raw`(persona|humano|agente|asesor\p{L}*|emplead\p{L}*)\s+(real|de\s+verdad)|de\s+carne\s+y\s+hueso|(lea|lean|revise|mire)\s+de\s+verdad|(alguien|persona)\s+que\s+(lo\s+|la\s+|me\s+)?(lea|escuche|atienda)`,
    String.raw`respuestas?\s+automatica\p{L}*|(mensajes?|correos?)\s+automatico\p{L}*|(no\s+mas|basta\s+de|hart[oa]\s+de)\s+(\p{L}+\s+)?(bots?|robots?|chatbots?|maquinas?)|dando\s+vueltas|no\s+(quiero\s+)?(hablar\s+con\s+)?(un|una)\s+(bot|robot|maquina|chatbot)`,
    String.raw`pasenlo|paselo|derivenlo|derivelo|transfieranme|transfierame|comuniquenme|comuniqueme|pasenme\s+con|paseme\s+con|(un|su|al|a\s+un|con\s+un|con\s+el|con\s+su)\s+(superior|supervisor\p{L}*|encargad\p{L}*|jefe)|alguien\s+(de\s+)?(mas\s+arriba|superior|con\s+autoridad)`,
    String.raw`(ya\s+)?me\s+(he\s+)?queje|(dos|tres|varias|muchas)\s+veces\s+(\p{L}+\s+){0,4}(sin\s+respuesta|queja\p{L}*|reclam\p{L}*${NOT_NEGATED})|nadie\s+(me\s+)?(ha\s+)?(contesto|contestado|respondio|respondido|llamo)|sin\s+(ninguna\s+)?respuesta|(muy|super|realmente|extremadamente)\s+(molest\p{L}*|enfadad\p{L}*|indignad\p{L}*|cabread\p{L}*)|indignad\p{L}*|cabread\p{L}*`,
    String.raw`demandar\p{L}*|demandare\p{L}*|una\s+demanda|demanda\s+(judicial|contra)|juzgado\p{L}*|burofax|acciones\s+legales|via\s+judicial|reclamacion\s+judicial|monitorio`,
    // Put me through, escalate.
    String.raw`(pongame|ponganme|pasame|paseme)\s+con|escal(ar|en|e|ado|ada)\s+(mi\s+|el\s+|la\s+)?(caso|queja|reclamacion|incidencia)`,
    // Chasing for the third time; fed up.
    String.raw`(?:(tercera|cuarta|quinta|enesima)\s+vez)${GOES_ON}|hart[oa]`,
    // Is anyone there? The same reply again.
    String.raw`hay\s+alguien\s+(ahi|al\s+otro\s+lado)|la\s+misma\s+respuesta`,
    // Rather deal with a person.
    String.raw`(prefiero|preferiria)\s+(tratar|hablar)\s+(con|a)\s+(una|un)\s+(persona|humano|agente)`,
    // Stories (the fresh held-out part, now tuning data): is anyone human there, call me on a number, a body or court named.
    String.raw`(hay\s+)?(alguien|algun\s+humano|alguna\s+persona)\s+(ahi|real)|(solo|todo)\s+(son\s+)?(robots|bots|maquinas)|(llamenme|llamadme)\s+al`,
    String.raw`agencia\s+de\s+proteccion\s+de\s+datos|aepd|defensor\s+del\s+(pueblo|cliente)|banco\s+de\s+espana`,
    String.raw`nos\s+vemos\s+en\s+(los\s+)?(tribunales|juicio|el\s+juzgado)|denuncia\p{L}*`,
    // A chat pass: no phone number any more, to sort it out by talking, not a form; shocked at how I was treated and want it looked into; a deadline before court.
    String.raw`(no\s+tienen|ya\s+no\s+tienen|no\s+hay)\s+(un\s+|ningun\s+)?(telefono|numero\s+de\s+telefono|linea)\s+(de\s+atencion|de\s+contacto|para\s+llamar|al\s+que\s+llamar)|(ya\s+)?no\s+tienen\s+telefono|(hablando|hablar)\s+con\s+(alguien|una\s+persona|un\s+humano)|(no|en\s+vez\s+de)\s+(rellenando|llenando|con)\s+(\p{L}+\s+)?formularios?`,
    String.raw`(indignad|escandalizad|impactad|horrorizad)\p{L}*\s+(\p{L}+\s+)?(por|con|de)\s+(como|el\s+trato)|(que\s+se\s+)?investigue\s+(esto|lo\s+ocurrido|lo\s+que\s+paso)|como\s+me\s+(trataron|atendieron|hablaron)`,
    String.raw`(si\s+no|de\s+lo\s+contrario)\s+(\p{L}+\s+){0,2}(iniciare|presentare|pondre|ire)\s+(\p{L}+\s+){0,2}(acciones|demanda|denuncia|juzgado|tribunal|abogado)|acciones\s+(judiciales|legales)|requerimiento\s+(formal|de\s+pago)|burofax`,
    // A brief pass: call me today, in text-speak; a human agent now, please.
    String.raw`(q|que|k)\s+me\s+(llamen|llameis|llame|telefoneen|contacten)|agente\s+humano|(una\s+)?persona\s+(real|humana|de\s+verdad)|(humano|persona|agente|operador[a]?)\s+(ya|porfa|xfa|x\s+favor|por\s+favor|pls|plis)(?!\p{L})`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`falleci\p{L}*|murio${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|muerto${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|muerta${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|funeral${SOMEONE_ELSES_BEFORE}(?!\s+(plan|plans|cover|insurance))${SOMEONE_ELSES_AFTER}|entierro${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|enterr\p{L}*|luto|viud\p{L}*`,
    // Health.
    String.raw`cancer|quimio\p{L}*|radioterapia|hospital\p{L}*|ingresad\p{L}*|operaron|(hicieron|hacen|tengo|tuve|despues\s+de|tras|recuperandome\s+de|por)\s+(una|la|mi)\s+operacion|cirugia|baja\s+medica`,
    String.raw`enferm\p{L}*|discapacidad|infarto|ictus|dialisis|alzheimer|demencia`,
    String.raw`depresi\p{L}*|suicid\p{L}*|no\s+quiero\s+vivir|quitarme\s+la\s+vida|acabar\s+con\s+todo|salud\s+mental`,
    String.raw`psiquiatr\p{L}*|ludopat\p{L}*|adiccion`,
    // Life events: abuse and financial control.
    String.raw`violencia\s+(de\s+genero|domestica|machista)|maltrat\p{L}*|me\s+(pega|golpea|amenaza)`,
    String.raw`controla\s+(todo\s+)?(mi|mis|nuestro)\s+(dinero|cuenta|tarjeta)|me\s+quita\s+(el|mi|la)\s+(dinero|sueldo|tarjeta)`,
    // Life events: job or income loss.
    String.raw`perdi(do)?\s+(mi|el)\s+(trabajo|empleo)|despid\p{L}*|desemplead\p{L}*|(en|al)\s+(el\s+)?paro|sin\s+trabajo|erte`,
    // Resilience.
    String.raw`no\s+me\s+alcanza|alquiler|hipoteca|(para|de)\s+comer|dificultades\s+economicas|(llegar|llego|llegamos)\s+a\s+fin\s+de\s+mes`,
    String.raw`no\s+tengo\s+(dinero|un\s+duro)\s+(para|ni)`,
    // Life events: caring.
    String.raw`cuid(o|ar|ando)\s+(de\s+|a\s+)?(mi|mis)\s|cuidador\p{L}*`,
    // Capability.
    String.raw`no\s+se\s+leer|no\s+hablo\s+bien|dislexi\p{L}*|tengo\s+[89]\d\s+anos|ciego|sordo|analfabet\p{L}*`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`muri\p{L}*${NOT_A_DEVICE_BEFORE}${NOT_A_DEVICE_AFTER}|muert\p{L}*|perdi\s+a\s+mi|no\s+esta\s+con\s+nosotros|se\s+nos\s+fue|velorio|herencia|defuncion|difunt\p{L}*`,
    String.raw`tumor|biopsia|diagnostic\p{L}*|(empiezo|empece|en|con|bajo|inicio|empezar)\s+(el\s+)?tratamiento|tratamiento\s+(medico|de\s+(quimio|radio|cancer))|cirug\p{L}*|accidente|parkinson|esclerosis|epileps\p{L}*`,
    String.raw`ansiedad|panico|angustia|desesperad\p{L}*|no\s+puedo\s+mas(?=\s*([,.;!?]|$))|psicolog\p{L}*|terapia|deprimid\p{L}*`,
    String.raw`amenaz\p{L}*|miedo\s+(a|de)\s+(el|ella|mi)|sin\s+(mi\s+)?(permiso|consentimiento|autorizacion)|a\s+mis\s+espaldas|acos\p{L}*`,
    String.raw`(empresa|negocio|tienda|fabrica)\s+(\p{L}+\s+){0,2}(cerro|quebr\p{L}*|cierre|concurso)|sin\s+(empleo|ingresos|sueldo|salario)|no\s+tengo\s+ingresos|subsidio|cobrando\s+el\s+paro`,
    String.raw`no\s+llego\s+a\s+fin|entre\s+comer|deudas|endeudad\p{L}*|no\s+me\s+da\s+para|dinero\s+para\s+(comer|la\s+comida)|sin\s+un\s+duro`,
    String.raw`cuid(o|ar|ando)\s+(a|de)\s+(mi|mis)|alzheimer|dependiente|autis\p{L}*`,
    String.raw`problemas?\s+de\s+(vista|vision|lectura|oido)|no\s+(veo|oigo)\s+bien|no\s+(se|puedo)\s+leer|no\s+hablo\s+(bien\s+)?(espanol|castellano)|escribe\s+por\s+mi`,
    // A systematic pass per driver, in the order above: inflections, euphemisms and idioms.
    String.raw`(perdi|perdimos|hemos\s+perdido|he\s+perdido)\s+a\s+(mi|mis|nuestr\p{L}*)|se\s+(nos\s+)?(fue|marcho)\s+(mi|mis|nuestr\p{L}*)|descanse\s+en\s+paz|velatorio|tanatorio|cementerio|sepelio|(acta|certificado)\s+de\s+defuncion|testamento|(padre|madre|papa|mama|marido|esposo|esposa|mujer|hij[oa]|herman[oa]|abuel[oa]|pareja|ti[oa])\s+(\p{L}+\s+){0,2}(partio|nos\s+dejo|se\s+fue)`,
    String.raw`(fui|me\s+han|estoy|he\s+sido|recien)\s+operad[oa]|me\s+(van\s+a\s+|tienen\s+que\s+|acaban\s+de\s+|han\s+de\s+)?operar|me\s+operaron|(estoy|guardo)\s+(de\s+)?reposo|intervencion\s+quirurgica|quirofano|urgencias|uci|cuidados\s+intensivos|cronic\p{L}*|leucemia|metastas\p{L}*|oncolog\p{L}*|trasplante|silla\s+de\s+ruedas|paralitic\p{L}*|invalidez|incapacidad\s+(temporal|permanente|laboral)|estoy\s+de\s+baja|convalecen\p{L}*|rehabilitacion|covid\s+persistente`,
    String.raw`crisis\s+(de\s+ansiedad|nerviosa|de\s+panico)|ataques?\s+de\s+(ansiedad|panico|nervios)|(me\s+)?quiero\s+morir(me)?|no\s+le\s+veo\s+sentido|hacerme\s+dano|autolesi\p{L}*|(estoy|me\s+siento)\s+(muy\s+)?(hundid[oa]|agobiad[oa]|desbordad[oa]|quemad[oa]|fatal)|depre|bajon|bipolar|esquizofren\p{L}*|trastorno\p{L}*|psicologic\p{L}*|psiquiatric\p{L}*|adiccion\p{L}*|alcoholism\p{L}*|burnout|agotamiento`,
    String.raw`me\s+controla|(pareja|marido|esposo|novio|mujer|esposa|novia|ex)\s+(\p{L}+\s+){0,2}(no\s+me\s+deja|me\s+quita|me\s+vigila|me\s+obliga|me\s+obligo|me\s+obligaba|me\s+ha\s+obligado|me\s+forzo|me\s+pega|me\s+prohibe|me\s+revisa)|me\s+(obliga|obligo|obligaba|forzo|ha\s+obligado)\s+a\s+(firmar|pedir|sacar|darle|contratar)|violencia\s+(economica|psicologica|de\s+pareja|intrafamiliar)|orden\s+de\s+alejamiento|casa\s+de\s+acogida|maltratador\p{L}*|control\s+(coercitivo|economico)`,
    String.raw`me\s+(han\s+)?(echado|echaron|despedido|largado|corrido)|me\s+corrieron|echaron\s+del\s+trabajo|sin\s+(curro|chamba)|me\s+quede\s+sin\s+(trabajo|curro|empleo|chamba)|(perdi|he\s+perdido)\s+(el|mi)\s+(curro|puesto|trabajo|empleo)|(cobro|cobrando|pedir|solicitar)\s+(el\s+)?(paro|desempleo|subsidio)|sepe|inem|no\s+me\s+renovaron|cerraron\s+(la\s+)?(empresa|fabrica|tienda|negocio)`,
    String.raw`no\s+me\s+llega\s+(el\s+dinero|el\s+sueldo|la\s+pension|para)|(dinero|sueldo|pension|salario)\s+no\s+me\s+(llega|alcanza|da)|no\s+llego\s+a\s+fin\s+de\s+mes|numeros\s+rojos|(fatal|mal|justo|justa|corto|corta)\s+de\s+(pasta|dinero|plata|pelas|guita)|sin\s+(pasta|guita)|(ando|estoy|vamos)\s+(muy\s+)?(justo|justa|justos|apurad\p{L}*|ahogad\p{L}*|pelad\p{L}*)|(?:sin${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}\s+(blanca|plata))${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|no\s+tengo\s+(ni\s+)?(un\s+)?(duro|peso|euro|centimo)|no\s+puedo\s+pagar\s+(el\s+|la\s+|las\s+|los\s+)?(alquiler|luz|facturas|hipoteca|comida|recibos|renta|agua|gas)|bancos?\s+de\s+alimentos|caritas|servicios\s+sociales|comedor\s+social|pasar\s+hambre|embargo\p{L}*`,
    String.raw`a\s+mi\s+cargo|(necesita|requiere)\s+(cuidados|atencion|ayuda|asistencia)\s+(constantes?|continu[oa]s?|permanentes?|diari[oa]s?)|cuidados\s+(constantes|continuos|permanentes)|cuid(o|ar|ando)\s+(\p{L}+\s+)?(a|de)\s+(mi|mis)|(grado|situacion|ley)\s+de\s+dependencia|encamad\p{L}*|postrad\p{L}*|residencia\s+de\s+ancianos|las\s+24\s+horas|dia\s+y\s+noche`,
    String.raw`soy\s+(muy\s+)?(mayor|anciana?|jubilad[oa]|viej[oa]|de\s+la\s+tercera\s+edad)|persona\s+mayor|tercera\s+edad|no\s+entiendo\s+nada\s+de|no\s+se\s+(usar|manejar)\s+(\p{L}+\s+)?(movil|internet|app|aplicaciones|ordenador|computadora|celular|tecnologia)|(manejo|llevo)\s+(muy\s+)?(mal|fatal)\s+con\s+(\p{L}+\s+)?(tecnologia|ordenador|app|aplicacion|internet|movil)|no\s+entiendo\s+(bien\s+)?(el\s+)?(espanol|castellano)|hipoacus\p{L}*|(veo|oigo)\s+(muy\s+)?(poco|mal)|baja\s+vision|no\s+veo\s+(casi\s+)?nada\s+sin|sin\s+(las\s+)?gafas|(la|mi)\s+vista\s+(esta|es)\s+(muy\s+)?(mal|fatal)|problemas\s+de\s+memoria|me\s+cuesta\s+(leer|escribir)`,
    // A family pass per driver (the first held-out part, now tuning data), in the order above.
    String.raw`(perdimos|perdi|hemos\s+perdido|he\s+perdido)\s+(a\s+)?(nuestr[ao]s?|mis?)\s+(\p{L}+\s+)?(hij\p{L}*|bebe|nin\p{L}*|padre|madre|marido|esposa|esposo|mujer|herman\p{L}*|abuel\p{L}*|papa|mama)|nos\s+dejo|fallec\p{L}*|herencia|herederos?|albacea|testamento|viud[oa]|velatorio|entierro${SOMEONE_ELSES_BEFORE}${SOMEONE_ELSES_AFTER}|funeral${SOMEONE_ELSES_BEFORE}(?!\s+(plan|plans|cover|insurance))${SOMEONE_ELSES_AFTER}|luto|duelo|defuncion|difunt[oa]|descanse\s+en\s+paz|aborto\s+espontaneo|accidente\s+(mortal|de\s+trafico)`,
    String.raw`(tengo|tiene|padezco|padece)\s+(una\s+|la\s+)?(em|ela|esclerosis\s+multiple|parkinson|epoc)|esclerosis|brote|en\s+cama|postrad[oa]|(mancha|masa|bulto|nodulo|sombra)\s+en\s+(el|la|los)\s+(pulmon|higado|pecho|mama|cerebro)|tumor\p{L}*|me\s+operan|me\s+van\s+a\s+operar|fuera\s+de\s+combate|baja\s+(medica|laboral|por\s+enfermedad)|estoy\s+de\s+baja|dialisis|hemodialisis|quimio\p{L}*|radioterapia|trasplante|cuidados\s+intensivos|ingresad[oa]|hospitaliz\p{L}*`,
    String.raw`(ingresad[oa]|internad[oa]|ingreso)\s+(\p{L}+\s+)?(en\s+)?(psiquiatri\p{L}*|salud\s+mental|involuntari\p{L}*)|psiquiatri\p{L}*|(pensamientos|ideas)\s+(muy\s+)?(oscur\p{L}*|negr\p{L}*|suicidas?)|psicolog\p{L}*|terapeuta|bipolar\p{L}*|maniac[oa]|crisis\s+(de\s+ansiedad|nerviosa)|no\s+(estoy|me\s+encuentro)\s+(nada\s+)?bien`,
    String.raw`casa\s+de\s+acogida|centro\s+de\s+acogida|refugio|(antigua|anterior|vieja)\s+direccion|(el|ella)\s+(todavia|aun|sigue)\s+(vive|viviendo)\s+(ahi|alli)|(le|me)\s+(tiene|tengo)\s+miedo|miedo\s+(a|de)\s+(el|ella|mi\s+(marido|pareja|ex|novio|esposo|padre))|(le|me)\s+quita\s+(el|la|su|mi)\s+(movil|telefono|tarjeta|dinero)|orden\s+de\s+alejamiento|violencia\s+(de\s+genero|machista|domestica)`,
    String.raw`(contrato|eventual\p{L}*|interinidad|sustitucion)\s+(\p{L}+\s+){0,2}(acabo|termino|vencio|finalizo|no\s+(me\s+)?(lo\s+)?renovaron)|acabo\s+el\s+contrato|fin\s+de\s+contrato|contrato\s+temporal|(un|el|en\s+un|en\s+el)\s+(ere|erte)|despedid[oa]s?|despido|(me|le|lo|la|nos)\s+(despidieron|echaron)|paro|sepe|inem|desemplead\p{L}*|sin\s+(trabajo|empleo)|media\s+jornada|subsidio`,
    String.raw`banco\s+de\s+alimentos|caritas|comedor\s+social|cruz\s+roja|(elegir|escoger|decidir)\s+entre\s+(pagar\s+)?(la\s+|el\s+|los\s+)?(luz|alquiler|comida|comer|calefaccion|gas|facturas?|recibos?)|segunda\s+oportunidad|concurso\s+de\s+acreedores|(asistente|trabajador\p{L}*)\s+social|servicios\s+sociales|numeros\s+rojos|no\s+llego\s+a\s+fin\s+de\s+mes|sin\s+un\s+(euro|duro|centimo|peso)|embarg\p{L}*|ingreso\s+minimo\s+vital|asnef|morosos?`,
    String.raw`(lo|la)\s+hago\s+todo\s+(yo|por\s+(el|ella))|hago\s+todo\s+por\s+(el|ella)|(lavarl[oa]|darle\s+de\s+comer|vestirl[oa]|asearl[oa])|cuidador\p{L}*|cuido\s+(a|de)\s+(mi|el|ella)|(lo|la|los|las)\s+cuido|(ley|grado)\s+de\s+dependencia|(autist\p{L}*|discapacitad\p{L}*)\s+(hij\p{L}*|mellizos|gemelos|nin\p{L}*)|las\s+24\s+horas|dano\s+cerebral|(estoy|completamente|totalmente)\s+agotad[oa]|al\s+limite`,
    String.raw`ciego|ciega|invidente|discapacidad\s+visual|sord[oa]|lector\s+de\s+pantalla|discalculia|dislexia|tutor\s+legal|curatela`,
    // Quick loans and overdrafts to get by.
    String.raw`microcredito\p{L}*|prestamo\s+rapido|minicreditos?`,
    // Debts run up in my name; borrowing to eat; let go in other words; burial.
    String.raw`(prestamo\p{L}*|credito\p{L}*|deudas?)\s+(\p{L}+\s+){0,2}a\s+mi\s+nombre|pedir\s+dinero\s+(\p{L}+\s+){0,4}para\s+(comprar\s+)?(comida|el\s+alquiler|la\s+luz)`,
    // Losing a parent said plainly; not my mother tongue; the employer wound up.
    String.raw`(perdimos|perdi|hemos\s+perdido|he\s+perdido)\s+a\s+(papa|mama|mi\s+\p{L}+|nuestr[oa]\s+\p{L}+)|lengua\s+materna|idioma\s+materno|no\s+hablo\s+bien\s+(el\s+)?espanol|(me\s+he\s+quedado|me\s+quede|quedarme)\s+en\s+la\s+calle|mi\s+empresa\s+(ha\s+)?(cerrado|quebrado|quebro|cerro)|quiebra`,
    // Not right in the head; he won't let me; the emergency department.
    String.raw`(el|ella|mi\s+(marido|pareja|ex|novio|esposo|mujer))\s+no\s+me\s+deja\s+(tener|usar|ver|acceder|gastar|trabajar|salir)`,
    // Not allowed my own card or money, the subject left unsaid.
    String.raw`no\s+me\s+deja\s+(tener|tocar)\s+(mi\s+)?(propi[oa]|mi\s+dinero|mi\s+sueldo|dinero)`,
    // Life events told as stories, per driver: a suicide in the family; an overdose; kin taking a pension, watching the money, a hidden address; hands-on care; the employer going under or a forced exit; skipped meals; reading.
    String.raw`se\s+(quito|quita|ha\s+quitado)\s+la\s+vida|se\s+suicido|desde\s+el\s+(entierro|funeral|velorio)|herencia|testamentari\p{L}*|viud[oa]s?|no\s+levanto\s+cabeza|no\s+(he\s+)?abierto\s+(\p{L}+\s+)?(cartas|correo)`,
    String.raw`sobredosis|intento\s+de\s+suicidio|(intente|trate\s+de)\s+(quitarme|matarme|hacerme\s+dano)|pesadillas|estres\s+postraumatico|tept|psiquiatric\p{L}*`,
    String.raw`(hijo|hija|nieto|nieta|marido|esposo|pareja|ex|novio)\s+(\p{L}+\s+){0,2}(me\s+)?(quita|quito|coge|se\s+queda\s+con|se\s+lleva)\s+(la|mi|mis|el)\s+(pension|sueldo|salario|dinero|tarjeta|paga|ayudas)|me\s+(hace|obliga\s+a)\s+(pagar|comprar|firmar|pedir)(le)?\s+(sus|su|los|prestamos)|(revisa|controla|vigila)\s+(\p{L}+\s+)?(mis|mi)\s+(extractos|cuentas?|gastos|movil|compras|tickets)|me\s+da\s+(solo\s+)?\d+\s*(euros|€)\s+(a\s+la|por|cada)`,
    String.raw`(hui|escape|me\s+escape)\s+de\s+(mi\s+)?(ex|marido|pareja|agresor)|casa\s+de\s+acogida|direccion\s+(secreta|confidencial)|orden\s+de\s+alejamiento|no\s+le\s+(den|deis|faciliten)\s+(ninguna\s+)?(informacion|datos|nada)`,
    String.raw`hago\s+yo\s+(todos\s+)?(los\s+)?cuidados|todos\s+los\s+cuidados|soy\s+yo\s+(la|el)\s+que\s+(hace|lleva)\s+todo|cuidador\p{L}*|paliativos|fin\s+de\s+vida|paralisis\s+cerebral|gran\s+dependiente|discapacidad\s+severa|(vive|se\s+ha\s+venido\s+a\s+vivir)\s+con\s+nosotros`,
    String.raw`(le|me|nos)\s+cerro\s+el\s+negocio|(negocio|empresa|tienda|fabrica)\s+(\p{L}+\s+){0,2}(cerro|ha\s+cerrado|quebro|quiebra|concurso)|no\s+entra\s+ni\s+(un|una)\s+(euro|duro|sueldo|nomina)|no\s+entra\s+(dinero|ningun\s+sueldo)|erte|finiquito|me\s+(obligaron|hicieron)\s+(a\s+)?(firmar|dimitir|renunciar)|nadie\s+me\s+(contrata|va\s+a\s+contratar)`,
    String.raw`(salto|me\s+salto|saltarme)\s+(comidas|la\s+cena|la\s+comida)|banco\s+de\s+alimentos|caritas|comedor\s+social|ingreso\s+minimo\s+vital|no\s+se\s+(leer|escribir)|analfabet\p{L}*|curatela|tutor\s+legal`,
    // Stories, a second pass (written from how people tell each situation, not from tickets): asking him for money, fear of being found out, washing and feeding, half the staff let go, clearing a parent's house, not leaving the house.
    String.raw`pedirle\s+(\p{L}+\s+)?(dinero|permiso)\s+para|(tengo\s+que|debo)\s+pedir(le)?\s+(\p{L}+\s+)?(dinero|permiso)\s+(a\s+(el|mi)|para\s+todo)|miedo\s+(de\s+)?que\s+(se\s+)?(entere|descubra|lo\s+sepa)|miedo\s+(a|de)\s+(el|mi\s+(marido|ex|pareja))`,
    String.raw`(lavo|visto|cambio|doy\s+de\s+comer)\s*,?\s+(y\s+)?(\p{L}+\s+)?(visto|doy\s+de\s+comer|cambio|bano)|no\s+puede\s+(quedarse|estar)\s+sol[oa]|(despidieron|echaron)\s+a\s+(la\s+mitad|medio|\d+|todos|media\s+plantilla)|(mitad|media)\s+(de\s+la\s+)?plantilla|no\s+me\s+(han\s+)?renova(ron|do)\s+(el\s+)?contrato`,
    String.raw`(vaciando|vaciar|recogiendo)\s+(la\s+casa|el\s+piso|las\s+cosas)\s+de\s+(mi|mis)\s+\p{L}+|(semanas|meses)\s+(que\s+)?(sin\s+salir|no\s+salgo)|no\s+salgo\s+de\s+casa`,
    // Stories, a third pass: grief in the paperwork, locked out of a joint account, waiting until it is safe, a parent moved in after a fall, not eating or sleeping.
    String.raw`(cambio|ha\s+cambiado)\s+(\p{L}+\s+){0,2}(contrasena|clave|pin)\s+de\s+(la|nuestra)\s+cuenta\s+conjunta|cuenta\s+conjunta\s+(\p{L}+\s+){0,4}(no\s+puedo\s+entrar|bloquead\p{L}*)|hasta\s+que\s+sea\s+seguro|(tras|despues\s+de)\s+(su\s+caida|la\s+caida(?!\s+(de|del)\s))|necesita\s+ayuda\s+para\s+todo|(se\s+vino|vino)\s+a\s+vivir\s+con\s+nosotros|no\s+paro\s+de\s+llorar|lloro\s+(todo\s+el\s+dia|todos\s+los\s+dias|sin\s+parar)`,
    // A chat pass per driver, in families (how people type each situation, short, without accents, not the tuning rows): a death said softly or a stillbirth; a stroke, a crash or intensive care; being broke or an empty fridge; a lost job of any kind.
    String.raw`(padre|madre|papa|mama|marido|esposa|esposo|mujer|hermano|hermana|hijo|hija|abuelo|abuela|el|ella)\s+ya\s+no\s+(esta|sigue)(\s+(con\s+nosotros|aqui|entre\s+nosotros))?|nos\s+(dejo|ha\s+dejado)|(enterr|sepult|incinera)\p{L}*|(dimos|dar)\s+(el\s+)?(ultimo\s+adios|sepultura)|(nacio|nacido|nacida|nacio)\s+muert[oa]|muerte\s+(fetal|perinatal)|perdi\s+(al|el)\s+bebe|aborto\s+espontaneo|(papa|mama|padre|madre|marido|esposo|esposa|hermano|hermana|abuelo|abuela)\s+(se\s+)?(murio|fallecio|ha\s+muerto|ha\s+fallecido)`,
    String.raw`(embolia|derrame(\s+cerebral)?|infarto|ataque\s+al\s+corazon|aneurisma|hemorragia\s+cerebral)|(en\s+la\s+)?(uci|uvi|terapia\s+intensiva|cuidados\s+intensivos)|en\s+coma|accidente\s+de\s+(moto|coche|carro|trafico|trabajo|transito)|(grave|terrible)\s+accidente|(le|me)\s+cuesta\s+(hablar|caminar|andar|moverse)|(no\s+puede|todavia\s+no\s+puede)\s+(hablar|caminar|andar)`,
    String.raw`(?:(estoy|ando|toy)${notUntilAWeekdayBefore(UNTIL_A_WEEKDAY)}\s+(\p{L}+\s+)?(sin\s+blanca|sin\s+un\s+(duro|peso|euro|centimo|mango)|pelad[oa]|en\s+la\s+ruina|arruinad[oa]|tiesa?o?|a\s+cero|en\s+numeros\s+rojos|quebrad[oa]|sin\s+plata|sin\s+dinero))${notUntilAWeekdayAfter(UNTIL_A_WEEKDAY)}|(nevera|heladera|refri|refrigerador|despensa)\s+(esta\s+)?(vacia|pelada)|(nevera|heladera)\s+vacia|(aun\s+|todavia\s+)?(faltan|quedan)\s+\d+\s+dias\s+(para|hasta)\s+(cobrar|el\s+sueldo|la\s+nomina|fin\s+de\s+mes)|no\s+(me\s+)?(llega|alcanza)\s+(para|a\s+fin\s+de\s+mes)`,
    String.raw`(perdi|perdido|perder)\s+(mi|el|su)\s+(\p{L}+\s+)?(trabajo|empleo|curro|chamba|laburo|puesto)|(me|le|nos)\s+(echaron|despidieron|han\s+echado|han\s+despedido|corrieron)|(sin|no\s+tengo)\s+(trabajo|empleo|curro|chamba|laburo)|(al|en\s+el)\s+paro|desemplead\p{L}*|sin\s+cobrar\s+desde|ere\s+(temporal|en\s+la\s+empresa)`,
    // Financial control told as a situation: he keeps the card or pay, checks my phone or the bank, gets angry when asked, won't let me, made me sign, throws me out, send nothing home.
    String.raw`se\s+(pone|vuelve)\s+(muy\s+|super\s+|bien\s+|todo\s+)?(agresiv[oa]|violent[oa]|loc[oa]|furios[oa]|hecho\s+una\s+fiera)\s+(si|cuando|en\s+cuanto)|(se\s+(enfada|enoja|cabrea|mosquea|pone\s+como\s+loco)|me\s+grita)\s+(mucho\s+)?(si|cuando|en\s+cuanto)\s+(le\s+)?(pregunto|pido|digo|hablo|reclamo)`,
    String.raw`(se\s+queda|se\s+quedo|se\s+lleva|me\s+quita|me\s+quito|cobra)\s+(con\s+)?(toda\s+|todo\s+)?(mi|la|el)\s+(nomina|sueldo|salario|pension|paga)|((el|ella)\s+|(mi\s+)?(marido|novio|pareja|ex|nieto|hijo|esposo)\s+(\p{L}+\s+)?)(se\s+queda|se\s+quedo|se\s+lleva|me\s+quita|me\s+quito|controla|guarda)\s+(con\s+)?(toda\s+|todo\s+)?(mi|mis|la|el)\s+(tarjeta|tarjetas|dinero|cuenta|movil|telefono|documentos)|la\s+tarjeta\s+se\s+la\s+(queda|quedo|guarda)\s+(el|ella|mi\s+(marido|pareja|novio|ex|esposo))`,
    String.raw`(me\s+)?(revisa|mira|lee|controla|vigila|checa|registra)\s+(\p{L}+\s+)?(el\s+movil|el\s+celular|el\s+telefono|mis\s+mensajes|los\s+movimientos|mis\s+movimientos|mis\s+gastos|mis\s+cuentas|la\s+cuenta|mi\s+cuenta|mis\s+extractos|el\s+banco)`,
    String.raw`((el|ella)\s+|(mi\s+)?(marido|novio|pareja|ex|nieto|hijo|esposo)\s+(\p{L}+\s+)?)no\s+me\s+deja\s+(\p{L}+\s+){0,2}(comprar|tener|trabajar|salir|gastar|usar|ver|tocar)|no\s+me\s+deja\s+(\p{L}+\s+){0,3}(sola|solo)(?!\p{L})|me\s+(obligo|obliga|forzo|fuerza|presiono|presiona)\s+a|me\s+(obligaron|forzaron)\s+a|(echarme|me\s+echa|me\s+va\s+a\s+echar|me\s+echara)\s+(de\s+casa|a\s+la\s+calle)`,
    String.raw`(no\s+)?(manden|envien|mandes|envies|mandeis)\s+nada\s+(a\s+(casa|mi\s+casa|mi\s+domicilio|mi\s+direccion))|(nada|ninguna\s+carta)\s+a\s+(casa|mi\s+casa)|(miedo|panico)\s+(a\s+que\s+(el|se\s+entere)|de\s+el|de\s+que\s+se\s+entere)|no\s+puede\s+(enterarse|saberlo|ver\s+esto)|(escribe|escribo)\s+(\p{L}+\s+){0,3}por\s+mi\s+porque`,
    String.raw`(el\s+)?dinero\s+(\p{L}+\s+){0,3}(salir|sale|desaparece|desaparecer|se\s+va|volando)\s+(\p{L}+\s+){0,3}(y|pero|desde)\s+(el|ella|mi\s+nieto)|(nieto|nieta|hijo|hija|sobrino|sobrina|cuidador\p{L}*)\s+(\p{L}+\s+){0,2}(saca|sacaba|coge|cogia|roba|robaba|vacia|vaciaba|se\s+queda\s+con)\s+(\p{L}+\s+){0,2}(dinero|pension|cuenta|ahorros|tarjeta)`,
    // Capability as a situation: kin of a great age, talked into it at the door, no internet, not understanding, another language, a court-ordered support measure.
    String.raw`(abuela|abuelo|madre|padre|mama|papa|el|ella)\s+tiene\s+([789]\d|1[01]\d)\s+anos|([89]\d)\s+anos\s+(y|,)`,
    String.raw`(en\s+la\s+puerta|a\s+domicilio|puerta\s+a\s+puerta)\s*(\p{L}+\s+){0,3}(le\s+)?(vend\p{L}*|colo|colaron|convencio|engano)|(comercial|vendedor)\s+(\p{L}+\s+){0,3}(le\s+|me\s+)?(colo|vendio|convencio|engano|enredo)|(le|me)\s+(colo|colaron|enredaron|enganaron|liaron)\s+(esto|eso|el\s+contrato)`,
    String.raw`(no\s+tiene|no\s+tengo|sin)\s+internet|(no\s+)?entiende\s+(nada|que\s+es|lo\s+que|como)|no\s+entiendo\s+(\p{L}+\s+){0,2}(carta|contrato|condiciones|formulario|papeles)|(palabras|lenguaje|lectura)\s+(sencill\p{L}*|simple|facil)|explic\p{L}*\s+(\p{L}+\s+)?(sencill\p{L}*|facil|despacio)`,
    String.raw`(el\s+)?(espanol|castellano)\s+no\s+es\s+mi\s+(lengua|idioma)|no\s+(hablo|leo)\s+(bien\s+)?(espanol|castellano)|(un\s+)?(interprete|traductor)|curador\p{L}*|curatela|tutela|medidas\s+de\s+apoyo|(incapacitad|discapacidad\s+intelectual)\p{L}*`,
    // Short chat wording: money withheld, kin who no longer understand.
    String.raw`((el|ella)\s+|(mi\s+)?(marido|novio|pareja|ex|esposo)\s+(\p{L}+\s+)?)no\s+me\s+(da|deja|pasa)\s+(\p{L}+\s+)?(nada\s+de\s+)?(dinero|plata|un\s+duro|un\s+peso|ni\s+un)|(madre|padre|mama|papa|abuela|abuelo|marido|el|ella)\s+(\p{L}+\s+)?ya\s+no\s+(entiende|se\s+entera|reconoce|recuerda)|(pierde|perdiendo)\s+la\s+(cabeza|memoria)`,
    // A separation or divorce.
    String.raw`en\s+(pleno\s+|proceso\s+de\s+|tramites\s+de\s+)?divorcio|desde\s+(mi|el)\s+divorcio|(me\s+estoy|nos\s+estamos)\s+divorciando|(estoy|estamos|me\s+he|nos\s+hemos)\s+separad\p{L}*|(marido|mujer|esposo|esposa|pareja)\s+me\s+(dejo|abandono|ha\s+dejado)`,
    // Control told as a situation: he decides everything, he has my PIN, I must ask him for money.
    String.raw`tengo\s+que\s+pedir(le)?\s+(\p{L}+\s+)?(dinero|permiso)|(el|ella)\s+(lo\s+)?decide\s+todo|(marido|pareja|novio|esposo)\s+(\p{L}+\s+)?decide\s+todo|(el|ella|marido|pareja|novio|esposo)\s+(tiene|sabe|se\s+sabe)\s+mi\s+(pin|clave|contrasena)`,
    // A brief pass per driver (text-speak, typos, no accents): the 016 line and he still has my passwords; widowed; water or power cut off; kin of a great age; not understanding what you write; autism or Down syndrome; a heart attack misspelt, radiotherapy; no will to go on; gambling.
    String.raw`(llame|llamado|llamar|llamo|contacte|hablado|hable)\s+(\p{L}+\s+){0,2}016|(mi\s+ex|mi\s+marido|mi\s+pareja|mi\s+novio|mi\s+exmarido|el|ella)\s+(todavia\s+|aun\s+|sigue\s+|aun\s+)?(tiene|sabe|usa|conoce|controla|entra\s+en)\s+(mis|mi|a\s+mi)\s+(claves|contrasenas?|pin|tarjetas?|cuenta|cuentas|acceso|datos|banca)`,
    String.raw`enviud\p{L}*|(me\s+he\s+quedado|me\s+quede)\s+viud\p{L}*`,
    String.raw`(me|nos)\s+(han\s+)?(cortaron|cortado|corto|cortan|van\s+a\s+cortar|quitaron|quitado)\s+(el|la|los|las)\s+(agua|luz|gas|suministro|calefaccion|corriente)`,
    String.raw`(abuel[oa]|yay[oa]|abu|abuelit[oa]|madre|padre|mama|papa|suegr[oa]|ti[oa])\s+(tiene|con|de|ya\s+tiene)\s+([89]\d|1[01]\d)(\s+(anos|anitos|tacos))?(?!\s*(%|euros?|puntos|\d))|no\s+se\s+(apana|aclara|entera|maneja)\s+con\s+(el|los|la|las)\s+(movil|moviles|app|apps|telefono|ordenador|internet|tecnologia)|no\s+(entiendo|comprendo)\s+(bien|muy\s+bien|mucho|casi\s+nada)\s+(lo\s+)?(que|q|k)\s+(me\s+)?(escrib|dic|pon|mand)\p{L}*|no\s+(entiendo|hablo|leo)\s+(bien|mucho|casi)?\s*(el\s+)?(espanol|castellano)`,
    String.raw`(tiene|con|diagnosticad[oa]\s+de)\s+(tea|autismo|tdah|sindrome\s+de\s+down|paralisis\s+cerebral|discapacidad|espectro\s+autista)|sindrome\s+de\s+down|no\s+me\s+puedo\s+(despegar|separar)\s+de\s+(el|ella)`,
    String.raw`infatro|infrato|inafrto|ifarto|infarot|(dando|dan|dar|dar\s+la|haciendo|hacen|recibiendo)\s+(\p{L}+\s+){0,2}(radio|quimio|radioterapia|quimioterapia)(?!\s*(fm|am|\d))|(sigo|estoy)\s+(muy\s+)?(flojo|floja|debil)\s+(desde|tras|despues)`,
    String.raw`(no\s+tengo|sin)\s+(ganas|fuerzas)\s+de\s+(seguir|vivir|levantarme)|no\s+quiero\s+(seguir\s+viviendo|vivir|seguir\s+aqui)|ludopat\p{L}*|adiccion\s+al\s+juego|adicto\s+al\s+juego`,
    // An ex who still has my PIN, passwords or account.
    String.raw`(mi\s+ex|el\s+ex|mi\s+exmarido|mi\s+expareja)\s+(\p{L}+\s+){0,2}(tiene|sabe|usa|entra\p{L}*|accede\p{L}*|conoce)\s+(\p{L}+\s+)?(mis|mi|en\s+mi|a\s+mi)\s+(claves|contrasenas?|pin|tarjetas?|cuenta|cuentas|datos|banca)`,
  ],
};

export { es };
