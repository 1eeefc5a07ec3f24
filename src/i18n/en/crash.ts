/** English strings shown when part of the app fails: the whole-app crash screen and panel errors. */
export const crash = {
  title: 'Something went wrong',
  happened: 'Service Blueprint Studio stopped because of an error: {message}',
  kept: 'Your blueprint is safe: it is saved in this browser, and Reload opens it again. You can also download it as a file.',
  notKept:
    'Your latest changes could not be saved in this browser. Download your blueprint before you reload.',
  conflict:
    'Another tab changed this blueprint, so this tab did not write over it. Download your blueprint before you reload.',
  download: 'Download my blueprint',
  reload: 'Reload',
  details: 'Technical details',
  panelFailed: 'The {panel} panel stopped because of an error: {message}',
  panelKept: 'The canvas and your blueprint are not affected.',
  tryAgain: 'Try again',
  close: 'Close',
  unknownError: 'an unknown error',
};
