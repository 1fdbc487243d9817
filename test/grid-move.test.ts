import { expect } from '@open-wc/testing';
import { gridMove, type GridCell } from '../src/rest/dom/grid-move.js';

// Where each key moves focus in the rows' grid, as pure logic: 250 rows, a row of three items, 8 rows a page.
const shape = { rows: 250, items: 3, page: 8 };
const move = (key: string, from: GridCell, extra: { ctrl?: boolean; rtl?: boolean } = {}) =>
  gridMove({ key, ctrl: extra.ctrl }, from, { ...shape, rtl: extra.rtl });

describe('gridMove', () => {
  it('moves a row with ↑ ↓, keeping the item, and stops at the first and last rows', () => {
    expect(move('ArrowDown', { row: 4, item: 2 })).to.deep.equal({ row: 5, item: 2 });
    expect(move('ArrowUp', { row: 4, item: 1 })).to.deep.equal({ row: 3, item: 1 });
    expect(move('ArrowUp', { row: 0, item: 0 })).to.deep.equal({ row: 0, item: 0 });
    expect(move('ArrowDown', { row: 249, item: 0 })).to.deep.equal({ row: 249, item: 0 });
  });

  it('moves an item with ← →, mirrored right to left, and stops at the row’s ends', () => {
    expect(move('ArrowRight', { row: 4, item: 0 })).to.deep.equal({ row: 4, item: 1 });
    expect(move('ArrowRight', { row: 4, item: 2 })).to.deep.equal({ row: 4, item: 2 });
    expect(move('ArrowLeft', { row: 4, item: 0 })).to.deep.equal({ row: 4, item: 0 });
    expect(move('ArrowLeft', { row: 4, item: 0 }, { rtl: true })).to.deep.equal({ row: 4, item: 1 });
  });

  it('goes to the row’s first and last items with Home and End, the first and last rows with Ctrl', () => {
    expect(move('Home', { row: 7, item: 2 })).to.deep.equal({ row: 7, item: 0 });
    expect(move('End', { row: 7, item: 0 })).to.deep.equal({ row: 7, item: 2 });
    expect(move('Home', { row: 7, item: 2 }, { ctrl: true })).to.deep.equal({ row: 0, item: 0 });
    expect(move('End', { row: 7, item: 0 }, { ctrl: true })).to.deep.equal({ row: 249, item: Infinity });
  });

  it('moves a page of rows with Page Up and Page Down, stopping at the ends', () => {
    expect(move('PageDown', { row: 10, item: 1 })).to.deep.equal({ row: 18, item: 1 });
    expect(move('PageUp', { row: 10, item: 1 })).to.deep.equal({ row: 2, item: 1 });
    expect(move('PageUp', { row: 3, item: 0 })).to.deep.equal({ row: 0, item: 0 });
    expect(move('PageDown', { row: 245, item: 0 })).to.deep.equal({ row: 249, item: 0 });
    expect(gridMove({ key: 'PageDown' }, { row: 0, item: 0 }, { ...shape, page: 0 }), 'at least a row').to.deep.equal({
      row: 1,
      item: 0,
    });
  });

  it('leaves every other key to the browser', () => {
    for (const key of ['Tab', 'Enter', ' ', 'Escape', 'a']) expect(move(key, { row: 1, item: 0 })).to.equal(undefined);
  });
});
