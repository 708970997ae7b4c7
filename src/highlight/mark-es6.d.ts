// mark.js ships an ES2015 build beside its ES5 one: same API, about 4 KB smaller once minified.
declare module 'mark.js/dist/mark.es6.js' {
  import Mark from 'mark.js';
  export default Mark;
}
