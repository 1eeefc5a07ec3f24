/** English strings of the export menu (PNG, SVG, clipboard) and of opening an exported PNG. */
export const exporting = {
  menu: 'Export',
  pngOptions: 'PNG options',
  scale: 'Scale',
  scaleOption: '{scale}×',
  transparent: 'Transparent background',
  exportSvg: 'Export SVG',
  copyPng: 'Copy as PNG',
  copying: 'Copying…',
  copied: 'Copied the blueprint to the clipboard as a PNG image.',
  copyUnavailable:
    'This browser does not let web pages put images on the clipboard. Use Export PNG instead.',
  copyRefused:
    'The browser did not allow copying the image to the clipboard ({reason}). Use Export PNG instead.',
  noBlueprint: 'this image holds no blueprint (only PNG images exported by this app can be opened)',
  damagedBlueprint: 'the blueprint in this image is damaged',
  notPng: 'the file is named as a PNG image but is not one',
};
