// The words of a chart's figure exports (as on the page, and as a slide with its caption), and the machine
// line every slide's caption ends with, in English and 简体中文.
import type { Bilingual } from '../lang.ts';

const en = {
  /** What leads a chart's own row of export buttons. */
  exportChart: 'Export chart',
  /** The row's accessible name. */
  group: (chart: string) => `Export the chart “${chart}”`,
  svg: 'SVG',
  png: 'PNG',
  slideSvg: 'Slide SVG',
  slidePng: 'Slide PNG',
  pageHint: (chart: string) => `${chart}: as drawn on the page, in the page’s theme`,
  slideHint: (chart: string) =>
    `${chart}: a 1920 × 1080 slide on white, with large text and a caption of the inputs and this machine`,
  /** The caption's last line: the machine, as the browser reports it, and the day of the export. */
  machine: (cores: number, browser: string | undefined, date: string) =>
    `${cores} logical ${cores === 1 ? 'core' : 'cores'} reported, ${browser ?? 'browser not recognised'}, ${date}`,
  failed: (message: string) => `The slide could not be made: ${message}`,
};

export const figureExportMessages: Bilingual<typeof en> = {
  en,
  zh: {
    exportChart: '导出图表',
    group: (chart: string) => `导出图表“${chart}”`,
    svg: 'SVG',
    png: 'PNG',
    slideSvg: '幻灯片 SVG',
    slidePng: '幻灯片 PNG',
    pageHint: (chart: string) => `${chart}：与页面上显示的相同，使用页面的主题`,
    slideHint: (chart: string) => `${chart}：1920 × 1080 的白底幻灯片，文字较大，底部说明写有输入和本机信息`,
    machine: (cores: number, browser: string | undefined, date: string) =>
      `浏览器报告 ${cores} 个逻辑核心，${browser ?? '未识别的浏览器'}，${date}`,
    failed: (message: string) => `无法生成幻灯片：${message}`,
  },
};
