import { describe, expect, it } from 'vitest';
import { readGuardSignals } from '../../../../../lib/domain/policy/signals/index.js';

/** Spanish: how customers write each driver, beyond the guard set, and routine wording that looks close. */

const flagged = (text: string): boolean => {
  const s = readGuardSignals(text);
  return s.asksForHuman || s.vulnerability;
};

describe('the guard signals in Spanish', () => {
  it.each([
    ['bereavement', 'mi abuelo partió hace un mes, descanse en paz'],
    ['illness', 'me acaban de operar y estoy de reposo'],
    ['mental_health', 'tengo ataques de ansiedad y estoy desbordada'],
    ['abuse', 'mi pareja me controla el dinero y no me deja tener tarjeta'],
    ['abuse', 'mi ex me obligó a pedir este crédito'],
    ['job_loss', 'me han echado del trabajo'],
    ['cant_afford', 'no me llega el dinero para nada'],
    ['carer', 'tengo a mi madre a mi cargo'],
    ['capability', 'soy mayor y no sé usar el móvil'],
    ['person', 'me gustaría que me llamara alguien'],
    ['complaint', 'quiero la hoja de reclamaciones'],
    ['regulator', 'voy a ir a la Condusef'],
    ['legal', 'lo llevaré ante los tribunales'],
    ['mental_health', 'estoy con depre'],
    ['cant_afford', 'voy fatal de pasta este mes'],
    ['capability', 'no veo casi nada sin gafas'],
    ['legal', 'esto acabará en los juzgados'],
    ['carer', 'mi padre vive conmigo y necesita cuidados constantes'],
  ])('send %s to a person: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'La operación fue rechazada en la tienda',
    'La tienda operada por un tercero no acepta el pago',
    '¿Puedo pagar antes de fin de mes sin comisión?',
    'No me llega el código de verificación por SMS',
    'Quiero darme de baja del servicio de notificaciones',
    'La aplicación no me deja iniciar sesión',
    'No veo el reembolso en la app',
  ])('flag nothing in a routine request: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    ['person', '¿Me podéis dar un telefonazo mañana?'],
    ['person', 'Basta de respuestas automáticas, quiero una persona de verdad.'],
    ['person', 'Quiero que lo revise su supervisor.'],
    ['bereavement', 'Soy albacea de la herencia de mi tío.'],
    ['illness', 'Tengo esclerosis múltiple y estoy en cama.'],
    ['mental_health', 'Tengo pensamientos oscuros últimamente.'],
    ['abuse', 'Estoy en una casa de acogida, no envíen nada a la antigua dirección.'],
    ['job_loss', 'Me metieron en un ERE y estoy cobrando el paro.'],
    ['cant_afford', 'Voy al banco de alimentos cada semana.'],
    ['carer', 'Soy cuidadora de mi madre las 24 horas.'],
    ['capability', 'Soy ciega y uso un lector de pantalla.'],
    ['abuse', 'Mi ex pidió préstamos a mi nombre'],
    ['bereavement', 'Perdimos a papá por covid en primavera'],
    ['capability', 'El español no es mi lengua materna'],
    ['abuse', 'Mi marido no me deja tener mi propia tarjeta'],
    ['person', 'Prefiero tratar con una persona'],
  ])('send %s to a person, in the families the first held-out part taught: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'Quiero darme de baja del boletín.',
    'El producto está agotado, ¿me devuelven el dinero?',
    'La operación con tarjeta fue rechazada.',
    'Hay mucha demanda, ¿cuándo llega mi pedido?',
    'La aplicación no me deja ver mis pedidos.',
  ])('flag nothing in routine wording close to those families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'desde el entierro no he abierto ninguna carta',
    'tengo que pedirle dinero para todo',
    'me da miedo que se entere de que les escribo',
    'lavo, visto y doy de comer a mi madre cada día',
    'despidieron a la mitad de la plantilla',
    'no me renovaron el contrato',
    'estoy vaciando la casa de mi padre',
    'hace semanas que no salgo de casa',
    'mi hermana se quitó la vida',
    'mi nieto me quita la pensión',
  ])('send a life event told as a story, without its label word, to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['¿Puedo pedir un aplazamiento del pago?', 'Quiero vaciar el carrito'])(
    'flag nothing in routine wording close to those stories: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );

  it.each([
    'cambió la contraseña de la cuenta conjunta',
    'estoy con mi hermana hasta que sea seguro volver',
    'mi padre necesita ayuda para todo tras su caída',
    'no paro de llorar',
  ])('send a story of control, safety, care after a fall or distress to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each(['La app no funciona tras la caída del servidor'])(
    'flag nothing in a password change, an outage or a joint account asked about routinely: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each([
    ['bereavement', 'mi abuela ya no esta, que hago con su cuenta'],
    ['illness', 'a mi padre le dio una embolia'],
    ['abuse', 'se pone agresivo cuando le pregunto por el dinero'],
    ['abuse', 'mi pareja no me da dinero para nada'],
    ['capability', 'mi abuelo tiene 89 anos y un vendedor le colo este contrato'],
    ['capability', 'mi madre ya no entiende nada'],
    ['person', 'quiero arreglarlo hablando con alguien'],
  ])('send %s to a person, told the way people type it in a chat box: "%s"', (_driver, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    'El cajero se quedó con mi tarjeta',
    'La app no me deja pagar',
    'No hay número de seguimiento en mi pedido',
    'Por favor revise esto, gracias',
  ])('flag nothing in routine wording close to the chat families: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });
  it.each(['estamos en pleno divorcio'])('send a separation to a person: "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each(['tengo que pedirle permiso para todo', 'mi pareja decide todo'])(
    'send a partner who decides everything or holds my PIN to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );

  it.each(['el banco tiene mi pin?'])('flag nothing when the bank is the subject: "%s"', (text) => {
    expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
  });

  it.each([
    'enviudé en marzo y no sé cómo seguir',
    'nos han cortado la luz y no llego',
    'mi abuela tiene 91 y no se aclara con el movil',
    'necesito que me llamen esta tarde',
  ])('send short chat-box wording to a person (slang, abbreviations, local bodies, typos): "%s"', (text) => {
    expect(flagged(text)).toBe(true);
  });
  it.each([
    'No es una queja, solo quiero saber cuándo se cobra',
    'se me murió la batería del móvil al pagar',
    'sin blanca hasta el lunes jaja, ¿muevo el pago?',
    'rechazado otra vez, cuarta vez!',
  ])(
    'flag nothing in a negated complaint, an acquaintance\'s funeral, a device that died, broke until a weekday or a tries count that ends the sentence: "%s"',
    (text) => {
      expect(readGuardSignals(text)).toEqual({ asksForHuman: false, vulnerability: false });
    },
  );
  it.each(['mi ex sigue entrando en mi cuenta'])(
    'send an ex who still gets into my account to a person: "%s"',
    (text) => {
      expect(flagged(text)).toBe(true);
    },
  );
});
