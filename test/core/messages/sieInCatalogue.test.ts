import { formatProblem } from '../../../src/core/messages';
import { importSie } from '../../../src/core/sie';

describe('formatProblem renders SIE import problems too', () => {
  it('gives the line number and the line text in Swedish', () => {
    const bytes = new TextEncoder().encode('#FLAGGA 0\n#SIETYP 4\n#KONTO 3001 "Intäkter"\n#TRANS 1930 {} 100\n');
    const { problems } = importSie(bytes);
    const p = problems.find((x) => x.code === 'sieTransOutsideVer');
    expect(p).toBeDefined();
    expect(formatProblem(p!, 'sv')).toMatch(/^Rad 4: .*#TRANS 1930 \{\} 100$/);
  });
});
