/**
 * A cap on password checks running at once. Each check is one scrypt (32 MB, on one of Node's four worker
 * threads), and the per-account and per-client throttles do not stop someone with many addresses trying many
 * invented names: without a cap they could keep every worker busy and the memory high. Past the cap a login
 * is answered "busy, try again in a few seconds" without hashing anything.
 */
export class PasswordSlots {
  #busy = 0;

  constructor(private readonly max: number) {}

  tryTake(): boolean {
    if (this.#busy >= this.max) return false;
    this.#busy += 1;
    return true;
  }

  release(): void {
    this.#busy = Math.max(0, this.#busy - 1);
  }
}
