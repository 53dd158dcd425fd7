/**
 * The test servers' ports, shifted by TEST_PORT_OFFSET so that two checkouts (git worktrees) can run their
 * tests side by side on one machine without fighting over a port.
 */
export function testPort(port: number): number {
  return port + Number(process.env.TEST_PORT_OFFSET ?? 0);
}
