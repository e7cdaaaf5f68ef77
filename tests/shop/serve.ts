/// <reference types="node" />
/**
 * `npm run shop` — serve the demo shop until Ctrl-C.
 *
 *   node --import tsx tests/shop/serve.ts [shopPort] [paymentPort]
 *
 * Ports may also come from SHOP_PORT / PAYMENT_PORT; 0 (the default) picks free ports.
 * CART_DELAY_MS overrides the deliberate /cart delay (default 1500 ms).
 */
import { startShop } from './server.ts';

function port(value: string | undefined, name: string): number {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    console.error(`Invalid ${name}: ${value}`);
    process.exit(2);
  }
  return n;
}

const [argPort, argPaymentPort] = process.argv.slice(2);
const shop = await startShop({
  port: port(argPort ?? process.env.SHOP_PORT, 'shop port'),
  paymentPort: port(argPaymentPort ?? process.env.PAYMENT_PORT, 'payment port'),
  cartDelayMs: process.env.CART_DELAY_MS ? Number(process.env.CART_DELAY_MS) : undefined,
});

console.log(`Northwind Outfitters (shop):  ${shop.origin}/`);
console.log(`PayBridge (payment provider): ${shop.paymentOrigin}/pay.html`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await shop.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
