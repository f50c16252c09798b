// selenium-webdriver's own files are CommonJS without declarations; @types/selenium-webdriver declares
// this module as 'selenium-webdriver/remote'. The ESM import needs the file's full path.
declare module 'selenium-webdriver/remote/index.js' {
  export * from 'selenium-webdriver/remote';
}
