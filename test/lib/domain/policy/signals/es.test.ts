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
});
