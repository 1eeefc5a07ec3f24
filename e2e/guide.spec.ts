import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { Editor } from './fixtures';

/** The guide panel and its parts, by the names a user (and a screen reader) sees. */
function guide(page: Page) {
  const panel = page.getByRole('region', { name: 'Six-step guide' });
  return {
    panel,
    step: (n: number) =>
      panel
        .getByRole('navigation', { name: 'Guide steps' })
        .getByRole('button', { name: new RegExp(`^Step ${n}:`) }),
    heading: panel.getByRole('heading', { level: 2 }),
    next: panel.getByRole('button', { name: 'Next', exact: true }),
    back: panel.getByRole('button', { name: 'Back', exact: true }),
    done: panel.getByRole('checkbox', { name: 'Mark this step done' }),
    checklist: panel.getByRole('region', { name: 'Checklist' }),
  };
}

async function typeLabel(page: Page, label: string) {
  const editor = page.getByRole('textbox', { name: 'Step label' });
  await expect(editor).toBeFocused();
  await editor.fill(label);
  await editor.press('Enter');
}

test('a new user walks the six steps from an empty canvas to a costed, improved blueprint', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.button('Guide').click();
  const g = guide(page);
  await expect(g.heading).toHaveText('1. Identify the service and the customer');

  // Step 1: the facts. The checklist turns green item by item.
  await expect(g.checklist.locator('.check-open')).toHaveCount(4); // the title is already filled
  await g.panel.getByLabel('Title', { exact: true }).fill('Coffee to go');
  await g.panel.getByLabel('Service or process').fill('Ordering a coffee at the counter');
  await g.panel.getByLabel('Customer segment').fill('Commuters in a hurry');
  await g.panel.getByLabel('Scenario starts').fill('Enters the shop');
  await g.panel.getByLabel('Scenario ends').fill('Leaves with the coffee');
  await g.panel.getByLabel('Overall tolerance (min)').fill('10');
  await expect(g.checklist.locator('.check-open')).toHaveCount(0);
  await expect(g.checklist).toContainText('Everything on this list is done.');
  await g.done.check();
  await g.next.click();

  // Step 2: customer actions, each placed right of the last and connected.
  await expect(g.heading).toHaveText("2. Map the customer's actions");
  await expect(page.locator('.canvas-area')).toHaveClass(/guide-step-2/);
  await expect(g.checklist).toContainText('At least two customer actions (0 so far)');
  for (const label of ['Order', 'Pay', 'Collect coffee']) {
    await g.panel.getByRole('button', { name: 'Add customer action' }).click();
    await typeLabel(page, label);
  }
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(g.checklist.locator('.check-open')).toHaveCount(0);
  await g.done.check();
  await g.next.click();

  // Step 3: onstage for the actions with staff; Collect coffee is self-service.
  await expect(g.checklist.locator('.check-open')).toHaveCount(3);
  await g.panel.getByRole('button', { name: "Add onstage action for 'Order'" }).click();
  await typeLabel(page, 'Take order');
  await g.panel.getByRole('button', { name: "Add onstage action for 'Pay'" }).click();
  await typeLabel(page, 'Take payment');
  await g.panel.getByRole('checkbox', { name: "No staff involved in 'Collect coffee'" }).check();
  await g.panel.getByRole('button', { name: "Add backstage action for 'Order'" }).click();
  await typeLabel(page, 'Make coffee');
  await expect(g.checklist.locator('.check-open')).toHaveCount(0);
  await g.next.click();

  // Step 4: evidence over each customer action, and a support process.
  await expect(g.checklist.locator('.check-open')).not.toHaveCount(0);
  // Clicking an open item selects the step it is about.
  await g.checklist.getByRole('button', { name: "'Pay' has physical evidence above it" }).click();
  await expect(editor.step('Pay')).toHaveClass(/selected/);
  for (const [action, evidence] of [
    ['Order', 'Menu board'],
    ['Pay', 'Card reader'],
    ['Collect coffee', 'Cup with name'],
  ] as const) {
    await g.panel.getByRole('button', { name: `Add evidence for '${action}'` }).click();
    await typeLabel(page, evidence);
  }
  await g.panel.getByRole('button', { name: "Add support process for 'Make coffee'" }).click();
  await typeLabel(page, 'Restock beans');
  await expect(g.checklist.locator('.check-open')).toHaveCount(0);
  await g.next.click();

  // Step 5: fail point and wait with their numbers, and the customer numbers.
  await g.panel.getByLabel('Customers per month').fill('3000');
  await g.panel.getByLabel('Average spend per visit').fill('5');
  await g.panel.getByLabel('Visits per year').fill('100');
  await g.panel.getByLabel('Years a customer stays').fill('2');
  await expect(g.panel.getByText('Customer lifetime value:')).toContainText('$1,000');
  await g.panel.getByRole('checkbox', { name: "Fail point: 'Make coffee'" }).check();
  await g.panel.getByLabel("Probability (%) of 'Make coffee'").fill('4');
  await g.panel.getByLabel("Cost per failure of 'Make coffee'").fill('3');
  await g.panel.getByLabel("Customers lost after a failure at 'Make coffee' (%)").fill('10');
  await g.panel.getByLabel("Recovery for 'Make coffee'").fill('Remake at once, free pastry');
  await g.panel.getByRole('checkbox', { name: "Wait step: 'Collect coffee'" }).check();
  await g.panel.getByLabel("Expected wait (min) at 'Collect coffee'").fill('6');
  await g.panel.getByLabel("Tolerance (min) at 'Collect coffee'").fill('4');
  // 3000 × 0.04 × (3 + 0.1 × 1000) = 120 × 103 = 12,360 per month.
  await expect(page.getByTestId('ranked-fail-points')).toContainText('$12,360');
  await expect(page.getByTestId('waits')).toContainText('over by 2 min');
  await expect(g.checklist.locator('.check-open')).toHaveCount(0);
  await g.next.click();

  // Step 6: an improvement that pays back.
  await expect(g.checklist).toContainText('At least one improvement (0 so far)');
  await g.panel.getByRole('button', { name: 'Add improvement' }).click();
  const card = g.panel.getByRole('region', { name: 'Improvement 1' });
  await card.getByLabel('Improvement title').fill('Barista training');
  await card.getByRole('checkbox', { name: "Addresses 'Make coffee'" }).check();
  await card.getByLabel('One-off cost').fill('6000');
  await card.getByLabel('Running cost per month').fill('360');
  await card.getByLabel('New probability (%)').fill('1');
  // Benefit: 12,360 − 3000 × 0.01 × 103 = 12,360 − 3,090 = 9,270; payback 6000 / (9270 − 360) = 0.67.
  await expect(page.getByTestId('ranked-improvements')).toContainText('$9,270');
  await expect(page.getByTestId('ranked-improvements')).toContainText('0.7');
  await expect(g.checklist.locator('.check-open')).toHaveCount(0);
  await g.done.check();

  const doc = await editor.expectSaved((d) =>
    expect((d.guide as { done: number[] }).done).toEqual([1, 2, 6]),
  );
  expect(doc.steps).toHaveLength(10);
  expect(doc.economics).toEqual({
    customersPerMonth: 3000,
    spendPerVisit: 5,
    visitsPerYear: 100,
    yearsRetained: 2,
    currency: 'USD',
  });
  expect(doc.improvements).toMatchObject([
    { title: 'Barista training', oneOffCost: 6000, runningCostPerMonth: 360, newProbability: 0.01 },
  ]);
  expect(editor.stepByLabel(doc, 'Make coffee').failPoint).toMatchObject({
    probability: 0.04,
    lostShare: 0.1,
  });
});

test('the guide remembers its step across a reload, and moving through it is not an undo step', async ({
  page,
}) => {
  const editor = new Editor(page);
  await editor.open();
  await editor.button('Guide').click();
  const g = guide(page);
  await g.panel.getByLabel('Service or process').fill('Bank counter visit');
  await g.step(4).click();
  await expect(g.heading).toHaveText('4. Link support processes and evidence');
  await expect(g.step(4)).toHaveAttribute('aria-current', 'step');
  await editor.expectSaved((d) => expect((d.guide as { step: number }).step).toBe(4));
  await page.reload();
  await editor.button('Guide').click();
  await expect(guide(page).heading).toHaveText('4. Link support processes and evidence');
  // Undo takes back the typing, not the step the user is on.
  await page.locator('.react-flow__pane').click({ position: { x: 600, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(guide(page).heading).toHaveText('4. Link support processes and evidence');
  await guide(page).back.click();
  await expect(guide(page).heading).toHaveText('3. Map onstage and backstage actions');
});
